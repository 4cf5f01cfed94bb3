namespace Analytics.Etl.Decoding;

/// <summary>The four rating levels (docs/interchange.md "Levels"); the value is the ordinal the
/// warehouse stores and the checks compare. "Not rated" is a status, not a fifth level.</summary>
public enum RatingLevel : byte
{
    /// <summary>KHTNV — Không hoàn thành nhiệm vụ.</summary>
    NotCompleted = 1,
    /// <summary>HTNV — Hoàn thành nhiệm vụ.</summary>
    Completed = 2,
    /// <summary>HTTNV — Hoàn thành tốt nhiệm vụ.</summary>
    Good = 3,
    /// <summary>HTXSNV — Hoàn thành xuất sắc nhiệm vụ.</summary>
    Excellent = 4,
}
