using System.Globalization;

namespace Analytics.Synthetic.Tests.Helpers;

internal sealed record UnitVersion(
    string Submission, string Code, string Kind, string Parent, string Counterpart, DateOnly From, DateOnly? To, string Successor);

internal sealed record Rating(string Submission, string RecordId, int Revision, int Year, string SubjectKind, string SubjectId, string Unit,
    string Role, string Channel, int Level, string Score, string Discipline, string Comment, string DecidedOn);

internal sealed record Summary(string Submission, int Year, string Unit, string Role, int Level, int Count);

internal sealed record Position(string Submission, string Person, string Unit, string Role, DateOnly From, DateOnly? To);

internal sealed record Residence(string Submission, int Year, string Person, string Unit, string Sentiment, string Comment);

/// <summary>A canonical generated province read back from its CSV folders: units (every version),
/// current ratings (the highest revision of each record id), summaries, positions and residence.</summary>
internal sealed class ProvinceData
{
    public List<UnitVersion> Units { get; } = [];
    public List<Rating> Ratings { get; } = [];
    public List<Summary> Summaries { get; } = [];
    public List<Position> Positions { get; } = [];
    public List<Residence> Residence { get; } = [];
    public Dictionary<string, bool> PartyMember { get; } = new(StringComparer.Ordinal);
    public long RatingRowsIncludingSuperseded { get; private set; }

    public IEnumerable<Rating> Finals => Ratings.Where(r => r.Channel == "final");

    /// <summary>The version of a unit valid on 31 December of <paramref name="year"/>, or null.</summary>
    public UnitVersion? At(string code, int year)
    {
        var end = new DateOnly(year, 12, 31);
        return _byCode.TryGetValue(code, out var versions)
            ? versions.FirstOrDefault(v => v.From <= end && (v.To is null || v.To >= end))
            : null;
    }

    private readonly Dictionary<string, List<UnitVersion>> _byCode = new(StringComparer.Ordinal);

    public static ProvinceData Read(string root)
    {
        var data = new ProvinceData();
        var all = new List<Rating>();
        foreach (var folder in Directory.GetDirectories(root).Order(StringComparer.Ordinal))
        {
            string s = Path.GetFileName(folder);
            var units = CsvTable.Read(Path.Combine(folder, "units.csv"));
            foreach (var r in units.Rows)
            {
                data.Units.Add(new UnitVersion(s, units.Get(r, "unit_code"), units.Get(r, "unit_kind"), units.Get(r, "parent_code"),
                    units.Get(r, "counterpart_code"), Date(units.Get(r, "valid_from"))!.Value, Date(units.Get(r, "valid_to")),
                    units.Get(r, "successor_code")));
            }

            var people = CsvTable.Read(Path.Combine(folder, "people.csv"));
            foreach (var r in people.Rows)
            {
                data.PartyMember[people.Get(r, "person_id")] = people.Get(r, "party_member") == "true";
            }

            var ratings = CsvTable.Read(Path.Combine(folder, "ratings.csv"));
            foreach (var r in ratings.Rows)
            {
                all.Add(new Rating(s, ratings.Get(r, "record_id"), int.Parse(ratings.Get(r, "revision"), CultureInfo.InvariantCulture),
                    int.Parse(ratings.Get(r, "period"), CultureInfo.InvariantCulture),
                    ratings.Get(r, "subject_kind"), ratings.Get(r, "subject_id"),
                    ratings.Get(r, "unit_code"), ratings.Get(r, "role"), ratings.Get(r, "channel"), Level(ratings.Get(r, "level")),
                    ratings.Get(r, "score"), ratings.Get(r, "discipline"), ratings.Get(r, "comment"), ratings.Get(r, "decided_on")));
            }

            var summaries = CsvTable.Read(Path.Combine(folder, "summaries.csv"));
            foreach (var r in summaries.Rows)
            {
                data.Summaries.Add(new Summary(
                    s, int.Parse(summaries.Get(r, "period"), CultureInfo.InvariantCulture), summaries.Get(r, "unit_code"),
                    summaries.Get(r, "role"), Level(summaries.Get(r, "level")),
                    int.Parse(summaries.Get(r, "count"), CultureInfo.InvariantCulture)));
            }

            var positions = CsvTable.Read(Path.Combine(folder, "positions.csv"));
            foreach (var r in positions.Rows)
            {
                data.Positions.Add(new Position(s, positions.Get(r, "person_id"), positions.Get(r, "unit_code"), positions.Get(r, "role"),
                    Date(positions.Get(r, "valid_from"))!.Value, Date(positions.Get(r, "valid_to"))));
            }

            var residence = CsvTable.Read(Path.Combine(folder, "residence.csv"));
            foreach (var r in residence.Rows)
            {
                data.Residence.Add(new Residence(
                    s, int.Parse(residence.Get(r, "period"), CultureInfo.InvariantCulture), residence.Get(r, "person_id"),
                    residence.Get(r, "residence_unit"), residence.Get(r, "sentiment"), residence.Get(r, "comment")));
            }
        }

        data.RatingRowsIncludingSuperseded = all.Count;
        data.Ratings.AddRange(all.GroupBy(r => r.RecordId, StringComparer.Ordinal).Select(g => g.MaxBy(r => r.Revision)!));
        foreach (var group in data.Units.GroupBy(u => u.Code, StringComparer.Ordinal))
        {
            data._byCode[group.Key] = [.. group];
        }

        return data;
    }

    /// <summary>4 HTXSNV, 3 HTTNV, 2 HTNV, 1 KHTNV, 0 not_rated (canonical codes only).</summary>
    public static int Level(string code) => code switch
    {
        "HTXSNV" => 4,
        "HTTNV" => 3,
        "HTNV" => 2,
        "KHTNV" => 1,
        "not_rated" => 0,
        _ => throw new InvalidDataException($"'{code}' is not a canonical level"),
    };

    private static DateOnly? Date(string text) =>
        text.Length == 0 ? null : DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
