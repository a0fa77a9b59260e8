#!/usr/bin/env bash
# Refreshes translations/*.ts from the sources (tr(), QT_TRANSLATE_NOOP). Run after changing
# user-visible text, then translate the new entries in translations/vpw_zh_CN.ts. English is
# the source language: vpw_en.ts holds only the plural forms ("%n deployment(s)").
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=/usr/lib/qt6/bin/lupdate
"$lupdate" -no-obsolete -locations none app ui -ts translations/vpw_zh_CN.ts
"$lupdate" -no-obsolete -locations none -pluralonly app ui -ts translations/vpw_en.ts
