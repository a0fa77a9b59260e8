#include "peeringstate.h"
