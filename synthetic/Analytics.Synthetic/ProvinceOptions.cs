namespace Analytics.Synthetic;

/// <summary>What <see cref="ProvinceGenerator"/> writes: the size of the province, the rating years, the
/// seed, and whether it plants known violations and formalistic units (<see cref="Plant"/>) and delivers
/// the files the way subordinate units really do (<see cref="Messy"/>). Change with <c>with</c>.</summary>
public sealed record ProvinceOptions
{
    /// <summary>Party members in the province (default 100,000; 400,000 is the benchmark scale; at least 500).</summary>
    public int Members { get; init; } = 100_000;

    /// <summary>First rating year (default 2021).</summary>
    public int FirstYear { get; init; } = 2021;

    /// <summary>Last rating year (default 2025: the year of the commune merges and the 100-point scores).</summary>
    public int LastYear { get; init; } = 2025;

    /// <summary>Seed of every random choice; the same options write byte-identical files (default 20251231).</summary>
    public int Seed { get; init; } = 20251231;

    /// <summary>True (default): plant violations of R01–R11, formalistic units and (with <see cref="Messy"/>)
    /// bad rows, all listed in truth.json. False: a clean province that obeys every rule.</summary>
    public bool Plant { get; init; } = true;

    /// <summary>True (default): level spellings, legacy encodings, `;` separators, Vietnamese headers,
    /// dd/MM/yyyy dates (and bad rows when planting). False: canonical UTF-8 CSV.</summary>
    public bool Messy { get; init; } = true;

    /// <summary>Written before every code (units, areas, people, records; default none), so that several
    /// provinces generated with different seeds fit one warehouse side by side (the national benchmark).
    /// truth.json keeps the codes without it.</summary>
    public string CodePrefix { get; init; } = "";
}
