using System.Collections.ObjectModel;

namespace Analytics.Etl.Sources;

/// <summary>How a subordinate system's workbooks are laid out, declared per source in appsettings.json
/// (Sources[i].Workbooks[j]) instead of code per source: which workbook and sheet, where the header is,
/// which header means which interchange column, values every row shares (constants, the title's
/// period or unit, templates such as a record id), and a wide table to turn long. Anything left out is
/// found the way an unmapped workbook's is (docs/workbooks.md).</summary>
public sealed record WorkbookMapping
{
    /// <summary>Which delivered workbooks this applies to: a file name pattern with * and ?
    /// ("*.xls", "bieu-02-*.xlsx"), case ignored. Default "*", every workbook.</summary>
    public string File { get; init; } = "*";

    /// <summary>The sheet, by name (case and diacritics ignored); "*" = every visible sheet (one sheet
    /// per party cell, all alike). Default: the first visible sheet.</summary>
    public string? Sheet { get; init; }

    /// <summary>What the sheet's rows are: units, people, positions, ratings, summaries or residence.</summary>
    public string Kind { get; init; } = "";

    /// <summary>The 1-based sheet row of the header (the upper row of a two-row header). Default 0:
    /// find it (the first row whose cells name enough known columns).</summary>
    public int HeaderRow { get; init; }

    /// <summary>How many rows the header takes: 1, or 2 when group headings ("Xếp loại") stand above
    /// the column headings. Default 0: tell from the sheet (its merged cells and the row below).</summary>
    public int HeaderRows { get; init; }

    /// <summary>Header text (case and diacritics ignored) → interchange column, or "ignore". Checked
    /// before the built-in Vietnamese aliases.</summary>
    public IReadOnlyDictionary<string, string> Columns { get; init; } = Empty;

    /// <summary>Interchange column → the value of every row: a constant ("party_member") or a template
    /// of other columns and the title: {unit_code}, {title.period}, {title.unit_code}, {title.role},
    /// {sheet}, {row}. A template such as "{period}-{subject_id}-{channel}" gives a form without record
    /// ids stable ones.</summary>
    public IReadOnlyDictionary<string, string> Values { get; init; } = Empty;

    /// <summary>Interchange column → (cell text → value), e.g. the party cells' names in a summary form
    /// to their unit codes. Text not listed passes as it is.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Codes { get; init; } =
        ReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>.Empty;

    /// <summary>A wide table (one column per level, or per rating step) turned into one row per column.</summary>
    public UnpivotMapping? Unpivot { get; init; }

    private static IReadOnlyDictionary<string, string> Empty => ReadOnlyDictionary<string, string>.Empty;
}
