import ArgumentParser
import LexNorm

/// How commands that read text treat invalid UTF-8.
struct InputOptions: ParsableArguments {
  @Flag(
    help: """
      Replace invalid UTF-8 with U+FFFD and go on, instead of stopping with an error that names \
      the byte offset.
      """)
  var replaceInvalid = false

  var policy: TextInput.InvalidUTF8Policy { replaceInvalid ? .replace : .reject }
}

/// Runs `body` on every segment of every input (`-` or no input: standard input); one bad input
/// is reported and skipped, and the command exits 1 after the others are done. `startInput` runs
/// before each input, so per-document state starts afresh even when a path is given twice;
/// `endInput` after its last segment (also when a bad byte ends it early, before the report);
/// `endAll` after the last input, before the output is flushed.
func forEachSegment(
  of paths: [String], options: InputOptions,
  startingEachInput startInput: () -> Void = {},
  endingEachInput endInput: (TextInput) throws -> Void = { _ in },
  endingAllInputs endAll: () throws -> Void = {},
  _ body: (TextSegment, TextInput) throws -> Void
) throws {
  var reporter = InputErrorReporter()
  for path in paths.isEmpty ? ["-"] : paths {
    do {
      let input = try TextInput(path: path, invalidUTF8: options.policy)
      startInput()
      do {
        while let segment = try input.next() {
          try body(segment, input)
        }
      } catch let error as InputError {
        try endInput(input)
        throw error
      }
      try endInput(input)
    } catch let error as InputError {
      reporter.report(error)
    }
  }
  try endAll()
  Standard.output.flush()
  if reporter.failed { throw ExitCode(1) }
}

/// Runs `body` on each TEXT argument as one line, and on every segment of standard input where
/// an argument is `-` or when there is no argument (for lookup, fold and translit). A
/// byte-order mark starting the input marks its encoding and is not handed over.
func forEachText(
  _ arguments: [String], options: InputOptions,
  _ body: (_ text: String, _ endsLine: Bool) throws -> Void
) throws {
  for argument in arguments.isEmpty ? ["-"] : arguments {
    guard argument == "-" else {
      try body(argument, true)
      continue
    }
    try forEachSegment(of: ["-"], options: options) { segment, _ in
      var text = segment.text
      if segment.byteOffset == 0, text.unicodeScalars.first == "\u{FEFF}" {
        text.unicodeScalars.removeFirst()
      }
      try body(text, segment.endsLine)
    }
  }
}

/// Annotates every input as one document (short forms and the document date never leak from
/// one file into the next) and hands over each segment's mentions, in input order: a whole
/// input up to `documentLimit` bytes once it has been read, a longer one as it streams. Whole
/// inputs are annotated on `jobs` threads (``DocumentQueue``); a file known to be longer than
/// `documentLimit` streams through an ``AnnotationPipeline`` on that many threads. The mentions
/// are the same for any `jobs`. On a terminal, long runs show their progress on standard error.
func forEachAnnotatedSegment(
  of paths: [String], options: InputOptions, annotator: Annotator,
  annotation: AnnotationOptions, documentLimit: Int = DocumentOptions.defaultLimit,
  jobs: Int = 1,
  _ body: (TextSegment, TextInput, [Mention]) throws -> Void
) throws {
  /// How the current input is read: not yet known, held whole, streamed on this thread (held
  /// until it grew past the limit), or streamed on several threads.
  enum Reading {
    case undecided
    case whole(segments: [TextSegment], bytes: Int)
    case streaming(AnnotationSession)
    case parallel
  }
  let documents = DocumentQueue<TextInput>(annotator: annotator, options: annotation, jobs: jobs)
  let pipeline =
    jobs > 1
    ? AnnotationPipeline<TextInput>(annotator: annotator, options: annotation, jobs: jobs)
    : nil
  func each(_ segment: TextSegment, _ source: TextInput, _ mentions: [Mention]) throws {
    try body(segment, source, mentions)
    Progress.shared.advance(
      to: segment.byteOffset + segment.text.utf8.count, of: source.byteCount, name: source.name)
  }
  func eachDocument(_ segments: [TextSegment], _ source: TextInput, _ mentions: [[Mention]])
    throws
  {
    for (segment, found) in zip(segments, mentions) { try each(segment, source, found) }
  }
  var reading = Reading.undecided
  try forEachSegment(
    of: paths, options: options,
    startingEachInput: { reading = .undecided },
    endingEachInput: { source in
      switch reading {
      case .undecided, .streaming: break
      case .whole(let segments, _): try documents.add(segments, tag: source, each: eachDocument)
      case .parallel:
        try pipeline?.finish(each: each)
        Standard.output.flush()
      }
      reading = .undecided
    },
    endingAllInputs: { try documents.finish(each: eachDocument) }
  ) { segment, source in
    if case .undecided = reading {
      if let pipeline, let size = source.byteCount, size > documentLimit {
        try documents.finish(each: eachDocument)  // the documents before it come first
        pipeline.startDocument()
        reading = .parallel
      } else {
        reading = .whole(segments: [], bytes: 0)
      }
    }
    switch reading {
    case .undecided: break
    case .whole(var segments, let bytes):
      reading = .undecided  // drops the enum's reference so `segments` is not copied
      segments.append(segment)
      let total = bytes + segment.text.utf8.count
      guard total > documentLimit else {
        reading = .whole(segments: segments, bytes: total)
        return
      }
      // Too long to hold: what is held is read as a stream, and so is the rest.
      try documents.finish(each: eachDocument)
      let session = annotator.makeSession(options: annotation)
      for held in segments { try each(held, source, session.annotate(held)) }
      reading = .streaming(session)
    case .streaming(let session):
      try each(segment, source, session.annotate(segment))
    case .parallel:
      try pipeline?.add(segment, tag: source, each: each)
    }
  }
}

/// Reports input errors on standard error and remembers that one happened, so a command can go
/// on with its other inputs and exit 1 at the end.
struct InputErrorReporter {
  private(set) var failed = false

  mutating func report(_ error: InputError) {
    report(error.reason, path: error.source)
  }

  /// Reports a problem of `path` (a file, or `file:line` for a record).
  mutating func report(_ reason: String, path: String) {
    failed = true
    Report.error(reason, path: path)
  }
}
