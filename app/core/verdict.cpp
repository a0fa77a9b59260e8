#include "verdict.h"
