namespace Analytics.Etl.Sources;

/// <summary>Configured SQL as a subquery: trailing semicolons off, and column names quoted as
/// identifiers (the only text of ours that goes into a statement; values are always parameters).</summary>
internal static class SqlText
{
    public static string Trimmed(string query) => query.Trim().TrimEnd(';').Trim();

    public static string Identifier(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
