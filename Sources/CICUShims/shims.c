#include "CICUShims.h"

#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/utrans.h>
#include <unicode/utypes.h>

// The header promises uint16_t for UChar and int32_t for UErrorCode; hold ICU to that.
_Static_assert(sizeof(UChar) == sizeof(uint16_t), "UChar must be 16 bits");
_Static_assert(sizeof(UErrorCode) == sizeof(int32_t), "UErrorCode must be 32 bits");

const int32_t CICUShims_bufferOverflowError = U_BUFFER_OVERFLOW_ERROR;

const char *CICUShims_errorName(int32_t status) {
  const char *name = u_errorName((UErrorCode)status);
  return name ? name : "U_UNKNOWN_ERROR";
}

CICUShims_Transliterator *CICUShims_transliteratorOpen(
    const uint16_t *id, int32_t idLength, int32_t reverse,
    const uint16_t *rules, int32_t rulesLength,
    int32_t *parseLine, int32_t *parseOffset, int32_t *status) {
  UParseError parseError = {0};
  UErrorCode code = U_ZERO_ERROR;
  UTransliterator *trans = utrans_openU((const UChar *)id, idLength,
                                        reverse ? UTRANS_REVERSE : UTRANS_FORWARD,
                                        (const UChar *)rules, rules ? rulesLength : 0,
                                        &parseError, &code);
  *parseLine = parseError.line;
  *parseOffset = parseError.offset;
  *status = code;
  if (U_FAILURE(code)) {
    if (trans) utrans_close(trans);
    return 0;
  }
  return (CICUShims_Transliterator *)trans;
}

CICUShims_Transliterator *CICUShims_transliteratorClone(const CICUShims_Transliterator *trans,
                                                       int32_t *status) {
  UErrorCode code = U_ZERO_ERROR;
  UTransliterator *copy = utrans_clone((const UTransliterator *)trans, &code);
  *status = code;
  if (U_FAILURE(code)) {
    if (copy) utrans_close(copy);
    return 0;
  }
  return (CICUShims_Transliterator *)copy;
}

void CICUShims_transliteratorClose(CICUShims_Transliterator *trans) {
  if (trans) utrans_close((UTransliterator *)trans);
}

void CICUShims_transliterate(const CICUShims_Transliterator *trans, uint16_t *text,
                             int32_t *length, int32_t capacity, int32_t *status) {
  UErrorCode code = U_ZERO_ERROR;
  int32_t limit = *length;
  utrans_transUChars((const UTransliterator *)trans, (UChar *)text, length, capacity, 0, &limit,
                     &code);
  *status = code;
}

static const UNormalizer2 *normalizerInstance(CICUShims_NormalizationForm form,
                                              UErrorCode *code) {
  switch (form) {
    case CICUShims_NFC: return unorm2_getNFCInstance(code);
    case CICUShims_NFD: return unorm2_getNFDInstance(code);
    case CICUShims_NFKC: return unorm2_getNFKCInstance(code);
    case CICUShims_NFKCCasefold: return unorm2_getNFKCCasefoldInstance(code);
    default: *code = U_ILLEGAL_ARGUMENT_ERROR; return 0;
  }
}

int32_t CICUShims_normalize(CICUShims_NormalizationForm form, const uint16_t *source,
                            int32_t length, uint16_t *destination, int32_t capacity,
                            int32_t *status) {
  UErrorCode code = U_ZERO_ERROR;
  const UNormalizer2 *normalizer = normalizerInstance(form, &code);
  int32_t result = 0;
  if (U_SUCCESS(code)) {
    result = unorm2_normalize(normalizer, (const UChar *)source, length, (UChar *)destination,
                              capacity, &code);
  }
  *status = code;
  return result;
}

int32_t CICUShims_isNormalized(CICUShims_NormalizationForm form, const uint16_t *source,
                               int32_t length, int32_t *status) {
  UErrorCode code = U_ZERO_ERROR;
  const UNormalizer2 *normalizer = normalizerInstance(form, &code);
  UBool result = 0;
  if (U_SUCCESS(code)) {
    result = unorm2_isNormalized(normalizer, (const UChar *)source, length, &code);
  }
  *status = code;
  return result ? 1 : 0;
}
