// Not compiled: the input of the ui/layers_catches test, a file that breaks the layer rule,
// which cmake/CheckLayers.cmake must report.
#pragma once
#include "app/wire/errorcode.h"
