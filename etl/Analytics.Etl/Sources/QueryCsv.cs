using System.Data.Common;
using System.Globalization;

namespace Analytics.Etl.Sources;

/// <summary>Writes a query's rows as interchange CSV under its column names, leaving out the
/// watermark column and keeping its highest value.</summary>
internal static class QueryCsv
{
    /// <summary>Returns the rows written; <paramref name="firstRow"/> is called when the first is.</summary>
    public static long Write(DbDataReader reader, Stream output, string? watermarkColumn, Action firstRow, out string? watermark)
    {
        watermark = null;
        var mark = -1;
        var keep = new List<int>();
        for (var i = 0; i < reader.FieldCount; i++)
        {
            if (watermarkColumn is not null && string.Equals(reader.GetName(i), watermarkColumn, StringComparison.OrdinalIgnoreCase))
                mark = i;
            else keep.Add(i);
        }
        if (watermarkColumn is not null && mark < 0)
            throw new MissingWatermarkException($"the query has no column '{watermarkColumn}' (WatermarkColumn); " +
                $"its columns: {string.Join(", ", Enumerable.Range(0, reader.FieldCount).Select(reader.GetName))}");
        using var csv = new InterchangeCsvWriter(output);
        csv.Header(keep.Select(reader.GetName));
        object? best = null;
        while (reader.Read())
        {
            foreach (var i in keep) csv.Value(reader.IsDBNull(i) ? null : reader.GetValue(i));
            csv.EndRow();
            if (csv.Rows == 1) { csv.Flush(); firstRow(); }
            if (mark >= 0 && !reader.IsDBNull(mark))
            {
                var value = reader.GetValue(mark);
                if (best is null || Compare(value, best) > 0) best = value;
            }
        }
        watermark = best switch
        {
            null => null,
            DateTime d => d.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => best.ToString(),
        };
        return csv.Rows;
    }

    private static int Compare(object a, object b) => (a, b) switch
    {
        (long x, long y) => x.CompareTo(y),
        (string x, string y) => string.CompareOrdinal(x, y),
        (IComparable x, _) when a.GetType() == b.GetType() => x.CompareTo(b),
        _ => Convert.ToDouble(a, CultureInfo.InvariantCulture).CompareTo(Convert.ToDouble(b, CultureInfo.InvariantCulture)),
    };
}

/// <summary>The configured watermark column is not among a query's columns.</summary>
internal sealed class MissingWatermarkException(string message) : Exception(message);
