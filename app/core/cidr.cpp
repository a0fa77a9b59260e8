#include "cidr.h"
