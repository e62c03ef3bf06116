// CICUShims: the only C that touches the system ICU.
//
// Why this layer exists: Foundation on Linux carries its own ICU (`_FoundationICU`), and any
// Swift module that sees the system ICU headers next to Foundation fails to compile
// ("'UErrorCode' has different definitions in different modules"). ICU's renaming macros
// (`utrans_openU` -> `utrans_openU_72`) cannot be imported into Swift either. So this header
// exposes plain C types and opaque handles only; the ICU headers are included by shims.c alone.
//
// Conventions: UChar travels as uint16_t, UErrorCode as int32_t (> 0 is a failure, <= 0 success
// or warning, exactly as in ICU). Every symbol is prefixed `CICUShims_`.
#ifndef CICUSHIMS_H
#define CICUSHIMS_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// ICU's U_BUFFER_OVERFLOW_ERROR, so Swift can retry with the size ICU reports.
extern const int32_t CICUShims_bufferOverflowError;

/// The symbolic name of an ICU status code (`U_INVALID_ID`, ...). Never NULL.
const char *CICUShims_errorName(int32_t status);

// MARK: Transliteration (utrans)

typedef struct CICUShims_Transliterator CICUShims_Transliterator;

/// Opens a system transform by ID (rules == NULL) or compiles custom rules under the given ID.
/// On a rule syntax error, *parseLine and *parseOffset receive ICU's UParseError position.
CICUShims_Transliterator *CICUShims_transliteratorOpen(
    const uint16_t *id, int32_t idLength, int32_t reverse,
    const uint16_t *rules, int32_t rulesLength,
    int32_t *parseLine, int32_t *parseOffset, int32_t *status);

/// An independent copy: ICU transliterators must not be used by two threads at once.
CICUShims_Transliterator *CICUShims_transliteratorClone(const CICUShims_Transliterator *trans,
                                                       int32_t *status);

void CICUShims_transliteratorClose(CICUShims_Transliterator *trans);

/// Transliterates text[0..<*length] in place; on return *length is the new length. When the
/// result does not fit in `capacity`, *status is the overflow error and *length the size needed.
void CICUShims_transliterate(const CICUShims_Transliterator *trans, uint16_t *text,
                             int32_t *length, int32_t capacity, int32_t *status);

// MARK: Normalization (unorm2)

/// The normalization forms, numbered here once for shims.c and Swift.
typedef enum CICUShims_NormalizationForm {
  CICUShims_NFC = 0,
  CICUShims_NFD = 1,
  CICUShims_NFKC = 2,
  CICUShims_NFKCCasefold = 3,
} CICUShims_NormalizationForm;

/// Returns the length of the result (which may exceed `capacity`, with the overflow status).
int32_t CICUShims_normalize(CICUShims_NormalizationForm form, const uint16_t *source,
                            int32_t length, uint16_t *destination, int32_t capacity,
                            int32_t *status);

/// Whether `source` is already in the given form (a fast check before normalizing).
int32_t CICUShims_isNormalized(CICUShims_NormalizationForm form, const uint16_t *source,
                               int32_t length, int32_t *status);

#ifdef __cplusplus
}
#endif

#endif
