namespace Analytics.Synthetic;

/// <summary>Small rules about grades: stepping up and down inside the four levels, the canonical
/// codes, and the 100-point score of rating year 2025 onwards (Regulation 366-QĐ/TW: ≥90 excellent,
/// 70–&lt;90 good, 50–&lt;70 completed, &lt;50 not completed).</summary>
internal static class GradeMath
{
    public const int FirstScoredYear = 2025;

    public static Grade Up(Grade g) => g is Grade.NotRated or Grade.Excellent ? g : g + 1;

    public static Grade Down(Grade g) => g is Grade.NotRated or Grade.NotCompleted ? g : g - 1;

    /// <summary>"HTXSNV", "HTTNV", "HTNV", "KHTNV" or "not_rated".</summary>
    public static string Code(Grade g) => g switch
    {
        Grade.Excellent => "HTXSNV",
        Grade.Good => "HTTNV",
        Grade.Completed => "HTNV",
        Grade.NotCompleted => "KHTNV",
        _ => "not_rated",
    };

    /// <summary>A score inside the band of <paramref name="g"/>: whole numbers, now and then a half.</summary>
    public static string Score(Grade g, Random rng, char decimalSeparator)
    {
        (int low, int high) = g switch
        {
            Grade.Excellent => (90, 99),
            Grade.Good => (70, 89),
            Grade.Completed => (50, 69),
            _ => (22, 49),
        };
        int whole = rng.Next(low, high + 1);
        return rng.Next(8) == 0 ? $"{whole}{decimalSeparator}5" : whole.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
