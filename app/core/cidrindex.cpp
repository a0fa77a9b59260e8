#include "cidrindex.h"
