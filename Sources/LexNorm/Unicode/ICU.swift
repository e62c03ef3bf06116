internal import _LexNormSystem

/// `_LexNormSystem`'s ICU namespace, under the name LexNorm's files use without importing the
/// system layer each. The NFC quick check (`NFCQuickCheck.swift`) extends it in Swift.
typealias ICU = _LexNormSystem.ICU
