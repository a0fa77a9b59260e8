#include "reservedranges.h"
