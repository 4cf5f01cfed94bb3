
namespace Analytics.Synthetic;

/// <summary>How one delivered file is written: encoding (and BOM), separator, header language, date
/// format, level spellings, and whether small vocabularies (gender, yes/no, discipline, sentiment) are
/// written in Vietnamese. <see cref="Canonical"/> is plain interchange v1.</summary>
internal sealed record DeliveryStyle(
    FileEncoding Encoding,
    bool Bom,
    char Separator,
    bool VietnameseHeader,
    DateStyle Dates,
    LevelStyle Levels,
    bool VietnameseValues)
{
    public static readonly DeliveryStyle Canonical =
        new(FileEncoding.Utf8, false, ',', false, DateStyle.Iso, LevelStyle.Codes, false);

    /// <summary>A feature the province must show at least once, forced on one file of an early bloc.</summary>
    public enum Feature
    {
        None,
        Windows1258,
        Tcvn3,
        SemicolonAndVietnameseHeader,
    }

    /// <summary>The style of a messy delivery's file of <paramref name="kind"/>. Legacy encodings only for
    /// the kinds full of Vietnamese text (enough for the loader to detect them); TCVN3 only where capital
    /// toned letters can be written in lower case (ratings, residence).</summary>
    public static DeliveryStyle Messy(Random rng, DeliveredKind kind, Feature forced)
    {
        double e = rng.NextDouble();
        (FileEncoding encoding, bool bom) = kind switch
        {
            DeliveredKind.People or DeliveredKind.Units => e < 0.10 ? (FileEncoding.Windows1258, false) : (FileEncoding.Utf8, e < 0.20),
            DeliveredKind.Ratings or DeliveredKind.Residence => e < 0.08 ? (FileEncoding.Windows1258, false)
                : e < 0.12 ? (FileEncoding.Tcvn3, false) : (FileEncoding.Utf8, e < 0.22),
            _ => (FileEncoding.Utf8, e < 0.15),
        };
        char separator = rng.Chance(0.15) ? ';' : ',';
        bool vietnamese = rng.Chance(0.2);
        DateStyle dates = rng.NextDouble() switch { < 0.25 => DateStyle.DayFirst, < 0.35 => DateStyle.Mixed, _ => DateStyle.Iso };
        LevelStyle levels = rng.NextDouble() switch { < 0.35 => LevelStyle.Codes, < 0.55 => LevelStyle.Labels, _ => LevelStyle.Mixed };
        bool values = rng.Chance(0.3);
        switch (forced)
        {
            case Feature.Windows1258:
                (encoding, bom) = (FileEncoding.Windows1258, false);
                break;
            case Feature.Tcvn3:
                (encoding, bom) = (FileEncoding.Tcvn3, false);
                break;
            case Feature.SemicolonAndVietnameseHeader:
                (separator, vietnamese) = (';', true);
                break;
        }

        return new DeliveryStyle(encoding, bom, separator, vietnamese, dates, levels, values);
    }
}

/// <summary>ISO dates, Vietnamese day-first dates, or a mix row by row.</summary>
internal enum DateStyle
{
    Iso,
    DayFirst,
    Mixed,
}

/// <summary>Level cells as codes, as official labels, or in every spelling docs/interchange.md lists, row by row.</summary>
internal enum LevelStyle
{
    Codes,
    Labels,
    Mixed,
}
