using System.Collections.ObjectModel;

namespace Analytics.Etl.Sources;

/// <summary>Wide to long (Sources[i].Workbooks[j].Unpivot): each listed column of a row becomes a row of
/// its own, the column's value going into <see cref="Into"/> and the cell into <see cref="Value"/>. A
/// summary form's level columns: Into "level", Value "count" (the default, also found without a
/// mapping); a ratings form with one column per step: Into "channel", Value "level".</summary>
public sealed record UnpivotMapping
{
    /// <summary>The interchange column the header becomes. Default "level".</summary>
    public string Into { get; init; } = "level";

    /// <summary>The interchange column the cell becomes. Default "count".</summary>
    public string Value { get; init; } = "count";

    /// <summary>Header text (case and diacritics ignored) → the value of <see cref="Into"/> for that
    /// column ("Xuất sắc" → "HTXSNV", "Tự xếp loại" → "self"). Empty cells give no row.</summary>
    public IReadOnlyDictionary<string, string> Columns { get; init; } = ReadOnlyDictionary<string, string>.Empty;
}
