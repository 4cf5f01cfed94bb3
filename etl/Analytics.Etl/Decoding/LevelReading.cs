namespace Analytics.Etl.Decoding;

/// <summary>The reading of one level cell.</summary>
/// <param name="Outcome">What the cell holds.</param>
/// <param name="Level">The level when <paramref name="Outcome"/> is <see cref="LevelOutcome.Level"/>; for a
/// <see cref="LevelOutcome.Range"/> its lower (or, for "… trở xuống", upper) bound when readable;
/// otherwise <c>default</c> (0, not a defined level).</param>
/// <param name="Legacy">True when the spelling exists only in the pre-2018 scheme (guidance 27-HD/BTCTW,
/// 2014: "Trong sạch vững mạnh", "Đủ tư cách HTTNV", "Yếu kém"…) or the pre-2020 civil-service one
/// (Decree 56/2015: "HTNV nhưng còn hạn chế về năng lực"). Labels shared by old and new schemes
/// ("Hoàn thành tốt nhiệm vụ") are not legacy: the text alone cannot tell.</param>
/// <param name="Suggestion">For <see cref="LevelOutcome.Unknown"/>: the code ("HTXSNV", "HTTNV", "HTNV",
/// "KHTNV", or "not_rated") of the nearest known spelling, for a "did you mean …?" message; null when
/// nothing is close or two different codes are equally close.</param>
public readonly record struct LevelReading(LevelOutcome Outcome, RatingLevel Level, bool Legacy, string? Suggestion);
