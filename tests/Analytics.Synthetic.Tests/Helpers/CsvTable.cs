using System.Text;

namespace Analytics.Synthetic.Tests.Helpers;

/// <summary>A deliberately simple CSV reader for canonical files (UTF-8, comma, header row, standard
/// quoting), independent of the loader: the tests read the generator's output with their own eyes.</summary>
internal sealed class CsvTable
{
    private readonly Dictionary<string, int> _columns;

    private CsvTable(string[] header, List<string[]> rows)
    {
        _columns = header.Select((h, i) => (h, i)).ToDictionary(x => x.h, x => x.i, StringComparer.Ordinal);
        Rows = rows;
    }

    public List<string[]> Rows { get; }

    public string Get(string[] row, string column) => row[_columns[column]];

    public static CsvTable Read(string path)
    {
        var lines = File.ReadAllLines(path, new UTF8Encoding(false));
        var header = Split(lines[0]);
        var rows = new List<string[]>(lines.Length);
        for (int i = 1; i < lines.Length; i++)
        {
            var fields = Split(lines[i]);
            if (fields.Length != header.Length)
            {
                throw new InvalidDataException($"{path} line {i + 1}: {fields.Length} fields, header has {header.Length}");
            }

            rows.Add(fields);
        }

        return new CsvTable(header, rows);
    }

    public static string[] Split(string line, char separator = ',')
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == separator)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return [.. fields];
    }
}
