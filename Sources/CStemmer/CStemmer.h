// Discovery and linking only: Swift code goes through CStemmerShims.
#include <libstemmer.h>
