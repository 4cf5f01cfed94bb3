using System.Globalization;
using System.Text.RegularExpressions;
using Analytics.Etl.Decoding;
using Analytics.Etl.Sources;

namespace Analytics.Etl.Workbooks;

/// <summary>Writes a found table as interchange CSV, streaming its data rows: cells merged down a block
/// are filled down, whole-number dates (Excel serials) in date columns become ISO dates, a mapping's codes
/// replace the text they list, shared values are added, a wide row becomes one row per filled pivot
/// cell. Totals, section headings and a column-numbering row are passed over; the table ends at a footer
/// (signatures, notes, the date line) or at a blank row followed by something that is not data. A long
/// table keeps the sheet's row numbers as CSV line numbers (the header on line 1, blank lines between),
/// so the quarantine names the row an operator sees in Excel. Everything passed over is said in the notes.</summary>
internal static partial class TableWriter
{
    private static readonly HashSet<string> DateColumns =
        new(StringComparer.Ordinal) { "valid_from", "valid_to", "admitted_on", "decided_on" };

    [GeneratedRegex(@"^[IVX]+\s*[.:)\-]|^[A-Z]\s*[.:)]\s")]
    private static partial Regex SectionNumber();

    /// <summary>Writes the table; returns the rows written and the notes. <paramref name="maxRows"/>
    /// stops early (`analytics inspect` shows the first rows).</summary>
    public static (long Rows, IReadOnlyList<string> Notes) Write(ISheetBook book, SheetTable table, InterchangeCsvWriter csv,
        long maxRows = long.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(book);
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(csv);
        var header = table.OutputHeader;
        foreach (var name in header) csv.Cell(name);
        csv.EndHeader();
        var run = new TableRun(table, header, book.Merges(table.Sheet));
        long line = 1;
        foreach (var row in book.Rows(table.Sheet))
        {
            if (row.Number < table.DataStart) continue;
            if (!run.Take(row)) continue;
            run.Output(cells =>
            {
                if (table.KeepsRowNumbers)
                    for (; line < row.Number - 1; line++) csv.BlankRow();
                foreach (var cell in cells) csv.Cell(cell);
                csv.EndRow();
                line++;
            });
            if (csv.Rows >= maxRows) break;
        }
        return (csv.Rows, run.Notes());
    }

    /// <summary>The state of one pass over a table's rows.</summary>
    private sealed class TableRun
    {
        private readonly SheetTable _table;
        private readonly IReadOnlyList<string> _header;
        private readonly Dictionary<int, List<CellRange>> _fillsFrom = [];
        private readonly List<(CellRange Range, string? Value)> _fills = [];
        private readonly TableColumn[] _data, _fields, _unknowns, _pivots;
        private readonly bool[] _dateField;
        private readonly IReadOnlyDictionary<string, string>?[] _codes;
        private readonly int _periodAt;
        private readonly string?[] _out;
        private string?[] _cells = [];
        private int _row, _last;
        private bool _ended;
        private int _totals, _headings, _periodMismatches, _totalMismatches, _empty;
        private int? _afterEnd, _firstPeriodMismatch, _firstTotalMismatch;
        private string? _otherPeriod;

        public TableRun(SheetTable table, IReadOnlyList<string> header, IReadOnlyList<CellRange> merges)
        {
            _table = table;
            _header = header;
            _last = table.DataStart - 1;
            _data = [.. table.Columns.Where(c => c.Use is ColumnUse.Field or ColumnUse.Pivot or ColumnUse.Unknown)];
            _fields = [.. table.Columns.Where(c => c.Use == ColumnUse.Field)];
            _unknowns = [.. table.Columns.Where(c => c.Use == ColumnUse.Unknown)];
            _pivots = [.. table.Columns.Where(c => c.Use == ColumnUse.Pivot)];
            _dateField = [.. _fields.Select(c => DateColumns.Contains(c.Name!))];
            _codes = [.. _fields.Select(c => table.Codes.TryGetValue(c.Name!, out var codes) ? codes : null)];
            _periodAt = table.Hints.Period is null ? -1 : IndexOf("period");
            _out = new string?[header.Count];
            foreach (var m in merges.Where(m => m.LastRow > m.FirstRow && m.FirstRow >= table.DataStart - 1))
            {
                if (!_fillsFrom.TryGetValue(m.FirstRow, out var list)) _fillsFrom[m.FirstRow] = list = [];
                list.Add(m);
            }
        }

        /// <summary>Reads a sheet row; false when it is not data (passed over, or after the table's end).
        /// The shape checks fold text, so they run only on rows few enough cells to be what they look for.</summary>
        public bool Take(SheetRow row)
        {
            var gap = row.Number > _last + 1;
            _last = row.Number;
            _row = row.Number;
            if (_cells.Length < row.Cells.Count) _cells = new string?[Math.Max(row.Cells.Count, _cells.Length * 2)];
            Array.Clear(_cells);
            var filled = 0;
            for (var i = 0; i < row.Cells.Count; i++)
            {
                if (string.IsNullOrWhiteSpace(row.Cells[i])) continue;
                _cells[i] = row.Cells[i]!.Trim();
                filled++;
            }
            if (_fills.Count > 0 || _fillsFrom.Count > 0) FillDown(row.Number - 1);
            if (_ended)
            {
                if (DataLike()) _afterEnd ??= row.Number;
                return false;
            }
            if ((filled <= 3 && RowShapes.IsFooter(_cells)) || (gap && !DataLike()))
            {
                _ended = true;
                return false;
            }
            if (RowShapes.IsTotal(_cells)) { _totals++; return false; }
            if (IsSectionHeading()) { _headings++; return false; }
            return true;
        }

        /// <summary>Hands out the CSV rows of the taken sheet row: one for a long table, one per filled
        /// pivot cell of a wide one (the same array each time).</summary>
        public void Output(Action<string?[]> emit)
        {
            Array.Clear(_out);
            var at = 0;
            for (var i = 0; i < _fields.Length; i++) _out[at++] = Value(i, Cell(_fields[i].Index));
            var fixedAt = at;
            at += _table.Fixed.Count;
            int into = -1, value = -1;
            if (_table.Pivot is not null) { into = at++; value = at++; }
            foreach (var c in _unknowns) _out[at++] = Cell(c.Index);
            if (_table.Pivot is not { } pivot)
            {
                Shared(fixedAt);
                CheckPeriod();
                emit(_out);
                return;
            }
            long sum = 0;
            var any = false;
            foreach (var c in _pivots)
            {
                if (Cell(c.Index) is not { } cell) continue;
                any = true;
                sum += RowShapes.Count(cell) ?? 0;
                _out[into] = c.PivotValue;
                _out[value] = cell;
                Shared(fixedAt);
                CheckPeriod();
                emit(_out);
            }
            if (!any) _empty++;
            CheckTotal(sum);
        }

        public List<string> Notes()
        {
            var sheet = $"sheet '{_table.Sheet.Name}'";
            var notes = new List<string>(_table.Notes);
            if (_totals > 0) notes.Add($"{sheet}: {_totals} totals row(s) passed over (not data)");
            if (_headings > 0) notes.Add($"{sheet}: {_headings} section heading row(s) passed over (not data)");
            if (_empty > 0) notes.Add($"{sheet}: {_empty} row(s) with no count in any level column gave no rows");
            if (_afterEnd is { } r)
                notes.Add($"{sheet}: the table ends before row {r}, which looks like data and was not read; " +
                    "put every table in a sheet of its own");
            if (_periodMismatches > 0)
                notes.Add($"{sheet}: the title says {_table.Hints.Period} ('{_table.Hints.PeriodText}') " +
                    $"but {_periodMismatches} row(s) give another period (first: row {_firstPeriodMismatch}, {_otherPeriod}); " +
                    "each row keeps its own");
            if (_totalMismatches > 0)
                notes.Add($"{sheet}: {_totalMismatches} row(s) whose level counts do not add up to their total " +
                    $"(first: row {_firstTotalMismatch}); the level counts are loaded");
            return notes;
        }

        private string? Cell(int index) => index < _cells.Length ? _cells[index] : null;

        /// <summary>A field's cell as its column wants it: a listed code, a date from an Excel serial.</summary>
        private string? Value(int field, string? cell)
        {
            if (cell is null) return null;
            if (_codes[field] is { } codes && ColumnClassifier.Mapped(codes, cell) is { } code) return code;
            if (_dateField[field] && cell.Length == 5
                && int.TryParse(cell, NumberStyles.None, CultureInfo.InvariantCulture, out var serial))
                return SheetText.Date(DateTime.FromOADate(serial));
            return cell;
        }

        private void Shared(int at)
        {
            if (_table.Fixed.Count == 0) return;
            for (var i = 0; i < _table.Fixed.Count; i++) _out[at + i] = _table.Fixed[i].Value.Render(Lookup);
        }

        private string? Lookup(string name) => name switch
        {
            "title.period" => _table.Hints.Period,
            "title.unit_code" => _table.Hints.UnitCode,
            "title.role" => _table.Hints.Role,
            "sheet" => _table.Sheet.Name,
            "row" => _row.ToString(CultureInfo.InvariantCulture),
            _ => IndexOf(name) is >= 0 and var i ? _out[i] : null,
        };

        private int IndexOf(string name)
        {
            for (var i = 0; i < _header.Count; i++) if (_header[i] == name) return i;
            return -1;
        }

        private void FillDown(int row)
        {
            for (var i = _fills.Count - 1; i >= 0; i--) if (_fills[i].Range.LastRow < row) _fills.RemoveAt(i);
            foreach (var (range, value) in _fills)
                if (range.FirstColumn < _cells.Length && _cells[range.FirstColumn] is null) _cells[range.FirstColumn] = value;
            if (_fillsFrom.TryGetValue(row, out var starting))
                foreach (var m in starting) _fills.Add((m, m.FirstColumn < _cells.Length ? _cells[m.FirstColumn] : null));
        }

        /// <summary>At least two cells under the table's columns hold something.</summary>
        private bool DataLike() => Filled(out _) >= 2;

        private int Filled(out string? first)
        {
            first = null;
            var count = 0;
            foreach (var c in _data)
                if (Cell(c.Index) is { } text) { first ??= text; count++; }
            return count;
        }

        /// <summary>A row holding one text in the table's columns, numbered as a section ("I. Khối Đảng").</summary>
        private bool IsSectionHeading() => Filled(out var first) == 1 && SectionNumber().IsMatch(first!);

        private void CheckPeriod()
        {
            if (_periodAt < 0 || _table.Hints.Period is not { } stated || _out[_periodAt] is not { } raw) return;
            if (!PeriodParser.TryParse(raw, out var period, out _) || period.Code == stated) return;
            _periodMismatches++;
            _firstPeriodMismatch ??= _row;
            _otherPeriod ??= period.Code;
        }

        private void CheckTotal(long sum)
        {
            if (_table.Columns.FirstOrDefault(c => c.Use == ColumnUse.Total) is not { } total
                || RowShapes.Count(Cell(total.Index)) is not { } stated) return;
            if (stated == sum) return;
            _totalMismatches++;
            _firstTotalMismatch ??= _row;
        }
    }
}
