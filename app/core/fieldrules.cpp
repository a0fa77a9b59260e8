#include "fieldrules.h"
