#include "CStemmerShims.h"

#include <libstemmer.h>

_Static_assert(sizeof(sb_symbol) == sizeof(uint8_t), "sb_symbol must be a byte");

CStemmerShims_Stemmer *CStemmerShims_open(const char *algorithm) {
  return (CStemmerShims_Stemmer *)sb_stemmer_new(algorithm, "UTF_8");
}

void CStemmerShims_close(CStemmerShims_Stemmer *stemmer) {
  if (stemmer) sb_stemmer_delete((struct sb_stemmer *)stemmer);
}

const uint8_t *CStemmerShims_stem(CStemmerShims_Stemmer *stemmer, const uint8_t *word,
                                  int32_t length, int32_t *resultLength) {
  struct sb_stemmer *s = (struct sb_stemmer *)stemmer;
  const sb_symbol *result = sb_stemmer_stem(s, (const sb_symbol *)word, length);
  *resultLength = result ? sb_stemmer_length(s) : 0;
  return (const uint8_t *)result;
}
