namespace Analytics.Warehouse.Checks;

/// <summary>The rule set in force for a rating year (docs/rules.md "Rule sets by rating year").</summary>
public static class RuleSets
{
    /// <summary>"2014" (guidance 27-HD/BTCTW, ≤2017), "2018" (132-QĐ/TW, 2018–2022), "2023"
    /// (124-QĐ/TW, 2023–2024) or "2025" (366-QĐ/TW, 2025–).</summary>
    public static string For(int ratingYear) => ratingYear switch
    {
        <= 2017 => "2014",
        <= 2022 => "2018",
        <= 2024 => "2023",
        _ => "2025",
    };
}
