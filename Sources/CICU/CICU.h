// Discovery and linking only: no Swift file imports this module (see CICUShims.h for why).
#include <unicode/utypes.h>
#include <unicode/unorm2.h>
#include <unicode/utrans.h>
#include <unicode/uchar.h>
