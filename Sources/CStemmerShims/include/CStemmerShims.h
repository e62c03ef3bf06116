// CStemmerShims: Snowball stemmers (libstemmer) behind an opaque handle with prefixed names,
// kept in the same shape as CICUShims so that Swift never imports a system library directly.
#ifndef CSTEMMERSHIMS_H
#define CSTEMMERSHIMS_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct CStemmerShims_Stemmer CStemmerShims_Stemmer;

/// A stemmer for a Snowball algorithm name ("russian", "german", "english"), UTF-8.
/// NULL when the algorithm is unknown.
CStemmerShims_Stemmer *CStemmerShims_open(const char *algorithm);

void CStemmerShims_close(CStemmerShims_Stemmer *stemmer);

/// Stems `word` (UTF-8, lower case). The result stays valid until the next call on the same
/// stemmer; a stemmer is not safe to use from two threads at once.
const uint8_t *CStemmerShims_stem(CStemmerShims_Stemmer *stemmer, const uint8_t *word,
                                  int32_t length, int32_t *resultLength);

#ifdef __cplusplus
}
#endif

#endif
