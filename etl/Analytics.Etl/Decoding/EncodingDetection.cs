namespace Analytics.Etl.Decoding;

/// <summary>What <see cref="EncodingDetector"/> decided about a file's encoding, and why.</summary>
/// <param name="Encoding">The detected encoding; null when the sample is binary or reads as plausible
/// Vietnamese under none of the candidates (the submission is then rejected with <paramref name="Explanation"/>).</param>
/// <param name="HasBom">True when the sample starts with the UTF-8 byte order mark (EF BB BF).</param>
/// <param name="Confidence">How sure the detector is of <paramref name="Encoding"/>, in [0, 1]; 0 when it is null.</param>
/// <param name="Explanation">The reason in plain words, fit to show to the person who sent the file.</param>
public readonly record struct EncodingDetection(SourceEncoding? Encoding, bool HasBom, double Confidence, string Explanation);
