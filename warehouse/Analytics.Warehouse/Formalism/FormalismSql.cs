namespace Analytics.Warehouse.Formalism;

/// <summary>The scoring's SQL, embedded from Formalism/Sql/*.sql, and the small statements around it.</summary>
internal static class FormalismSql
{
    public static readonly string Members = Load("members.sql");
    public static readonly string Counts = Load("counts.sql");
    public static readonly string Texts = Load("texts.sql");
    public static readonly string DistinctTexts = Load("distinct_texts.sql");
    public static readonly string NearTexts = Load("near_texts.sql");

    // The periods asked for, and their grains.
    public const string Scope = "CREATE OR REPLACE TEMP TABLE fm_scope (period VARCHAR, period_kind VARCHAR)";

    public const string AddScope = "INSERT INTO fm_scope VALUES ($1, $2)";

    public const string Grain = "CREATE OR REPLACE TEMP VIEW fm_grain AS SELECT DISTINCT period_kind FROM fm_scope";

    public const string Drop = """
        DROP VIEW IF EXISTS fm_grain; DROP TABLE IF EXISTS fm_scope; DROP TABLE IF EXISTS fm_unit_text; DROP TABLE IF EXISTS fm_near;
        DROP TABLE IF EXISTS fm_copy; DROP TABLE IF EXISTS fm_superseded; DROP TABLE IF EXISTS fm_text;
        DROP TABLE IF EXISTS fm_member; DROP TABLE IF EXISTS fm_period; DROP TABLE IF EXISTS fm_unit
        """;

    private static string Load(string name)
    {
        var resource = "Formalism/Sql/" + name;
        using var stream = typeof(FormalismSql).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"embedded resource {resource} is missing");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
