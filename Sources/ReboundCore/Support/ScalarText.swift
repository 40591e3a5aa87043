/// Text from a run of Unicode scalars, built through UTF-8 in one allocation: appending scalars
/// to a `String.UnicodeScalarView` one by one costs several times more, and the scorer slices
/// evidence out of every answer.
func scalarText(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
  var bytes: [UInt8] = []
  bytes.reserveCapacity(scalars.count + scalars.count / 4)
  for scalar in scalars {
    if scalar.isASCII {
      bytes.append(UInt8(truncatingIfNeeded: scalar.value))
    } else {
      UTF8.encode(scalar) { bytes.append($0) }
    }
  }
  return String(decoding: bytes, as: UTF8.self)
}
