using System.Collections.Frozen;
using System.Collections.ObjectModel;

namespace Analytics.Etl.Decoding;

/// <summary>The canonical columns of each record kind (docs/interchange.md "Record kinds", in that order) and
/// the matching of a delivered header cell to one of them: canonical names (also "Unit Code", "unitCode")
/// and Vietnamese aliases, ignoring case, diacritics, punctuation and notes in brackets ("Mã đơn vị (*)").
/// Aliases are per kind because the same words mean different columns: "mã cán bộ" is the subject in
/// ratings but the person in people; "đơn vị" is the name in units but the code elsewhere.</summary>
internal static partial class HeaderCatalog
{
    private static readonly FrozenDictionary<RecordKind, ReadOnlyCollection<string>> ColumnsByKind =
        new Dictionary<RecordKind, ReadOnlyCollection<string>>
        {
            [RecordKind.Units] = Array.AsReadOnly(
                ["unit_code", "unit_name", "unit_kind", "parent_code", "counterpart_code", "area_code",
                 "valid_from", "valid_to", "successor_code"]),
            [RecordKind.People] = Array.AsReadOnly(
                ["person_id", "full_name", "birth_year", "gender", "party_member", "admitted_on"]),
            [RecordKind.Positions] = Array.AsReadOnly(["person_id", "unit_code", "role", "valid_from", "valid_to"]),
            [RecordKind.Ratings] = Array.AsReadOnly(
                ["record_id", "period", "subject_kind", "subject_id", "unit_code", "role", "channel", "level",
                 "score", "discipline", "comment", "decided_on", "revision"]),
            [RecordKind.Summaries] = Array.AsReadOnly(["period", "unit_code", "role", "level", "count"]),
            [RecordKind.Residence] = Array.AsReadOnly(["period", "person_id", "residence_unit", "sentiment", "comment"]),
        }.ToFrozenDictionary();

    private static readonly FrozenDictionary<RecordKind, ReadOnlyCollection<string>> RequiredByKind =
        new Dictionary<RecordKind, ReadOnlyCollection<string>>
        {
            [RecordKind.Units] = Array.AsReadOnly(["unit_code", "unit_name", "unit_kind"]),
            [RecordKind.People] = Array.AsReadOnly(["person_id", "full_name"]),
            [RecordKind.Positions] = Array.AsReadOnly(["person_id", "unit_code", "role", "valid_from"]),
            [RecordKind.Ratings] = Array.AsReadOnly(
                ["record_id", "period", "subject_kind", "subject_id", "unit_code", "role", "channel", "level"]),
            [RecordKind.Summaries] = Array.AsReadOnly(["period", "unit_code", "role", "level", "count"]),
            [RecordKind.Residence] = Array.AsReadOnly(["period", "person_id", "residence_unit", "sentiment"]),
        }.ToFrozenDictionary();

    private static readonly FrozenDictionary<RecordKind, AliasTable<string>> AliasesByKind =
        Enum.GetValues<RecordKind>().ToFrozenDictionary(kind => kind, BuildAliases);

    /// <summary>The canonical column names of <paramref name="kind"/>, in docs/interchange.md order.</summary>
    public static IReadOnlyList<string> Columns(RecordKind kind) => ColumnsByKind.TryGetValue(kind, out var columns)
        ? columns
        : throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown record kind.");

    /// <summary>The required (*) columns of <paramref name="kind"/>, in docs/interchange.md order.</summary>
    public static IReadOnlyList<string> Required(RecordKind kind) => RequiredByKind.TryGetValue(kind, out var columns)
        ? columns
        : throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown record kind.");

    /// <summary>The canonical column a header cell names in a <paramref name="kind"/> file, or null when
    /// it names none (the column is then kept in the raw record and reported once).</summary>
    public static string? Match(RecordKind kind, string header)
    {
        if (!AliasesByKind.TryGetValue(kind, out AliasTable<string>? aliases))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown record kind.");
        }

        if (string.IsNullOrWhiteSpace(header))
        {
            return null;
        }

        if (aliases.TryGet(header, out string column))
        {
            return column;
        }

        // "Mã đơn vị (*)", "Ngày vào Đảng (dd/mm/yyyy)": the words outside brackets name the column;
        // failing that, a bracketed canonical name such as "Mã ĐV (unit_code)" does.
        string outside = OutsideBrackets(header, out List<string> notes);
        if (outside.Length > 0 && aliases.TryGet(outside, out column))
        {
            return column;
        }

        foreach (string note in notes)
        {
            if (aliases.TryGet(note, out column))
            {
                return column;
            }
        }

        return null;
    }

    private static string OutsideBrackets(string header, out List<string> notes)
    {
        notes = [];
        var outside = new System.Text.StringBuilder(header.Length);
        int depth = 0;
        int noteStart = 0;
        for (int i = 0; i < header.Length; i++)
        {
            char c = header[i];
            if (c is '(' or '[')
            {
                if (depth++ == 0)
                {
                    noteStart = i + 1;
                }
            }
            else if (c is ')' or ']' && depth > 0)
            {
                if (--depth == 0)
                {
                    notes.Add(header[noteStart..i]);
                }
            }
            else if (depth == 0)
            {
                outside.Append(c);
            }
        }

        return outside.ToString().Trim();
    }

    private static AliasTable<string> BuildAliases(RecordKind kind)
    {
        var spellings = new List<(string, string)>();
        foreach (string column in ColumnsByKind[kind])
        {
            spellings.Add((column, column));
            spellings.Add((column.Replace("_", "", StringComparison.Ordinal), column)); // "unitCode", "UNITCODE"
        }

        foreach ((string alias, string column) in VietnameseAliases(kind))
        {
            spellings.Add((alias, column));
        }

        return new AliasTable<string>(spellings);
    }
}
