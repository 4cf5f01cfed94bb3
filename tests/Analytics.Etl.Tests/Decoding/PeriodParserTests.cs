using System.Text;
using Analytics.Etl.Decoding;

namespace Analytics.Etl.Tests.Decoding;

public class PeriodParserTests
{
    [Theory]
    [InlineData("2024", PeriodKind.Year, 2024, 0)]
    [InlineData(" 2024 ", PeriodKind.Year, 2024, 0)]
    [InlineData("năm 2024", PeriodKind.Year, 2024, 0)]
    [InlineData("Năm 2024", PeriodKind.Year, 2024, 0)]
    [InlineData("1990", PeriodKind.Year, 1990, 0)]
    [InlineData("2100", PeriodKind.Year, 2100, 0)]
    [InlineData("2024-Q3", PeriodKind.Quarter, 2024, 3)]
    [InlineData("2024-q3", PeriodKind.Quarter, 2024, 3)]
    [InlineData("2024Q3", PeriodKind.Quarter, 2024, 3)]
    [InlineData("2024 Q3", PeriodKind.Quarter, 2024, 3)]
    [InlineData("2024/Q3", PeriodKind.Quarter, 2024, 3)]
    [InlineData("Q3/2024", PeriodKind.Quarter, 2024, 3)]
    [InlineData("Q3-2024", PeriodKind.Quarter, 2024, 3)]
    [InlineData("Q3 2024", PeriodKind.Quarter, 2024, 3)]
    [InlineData("quý 3/2024", PeriodKind.Quarter, 2024, 3)]
    [InlineData("Quý 3/2024", PeriodKind.Quarter, 2024, 3)]
    [InlineData("quy 3 2024", PeriodKind.Quarter, 2024, 3)]
    [InlineData("QUÝ 1 NĂM 2025", PeriodKind.Quarter, 2025, 1)]
    [InlineData("Quý III/2024", PeriodKind.Quarter, 2024, 3)]
    [InlineData("Quý IV năm 2024", PeriodKind.Quarter, 2024, 4)]
    [InlineData("2024-Q1", PeriodKind.Quarter, 2024, 1)]
    [InlineData("2024-Q4", PeriodKind.Quarter, 2024, 4)]
    [InlineData("2024-11", PeriodKind.Month, 2024, 11)]
    [InlineData("2024-01", PeriodKind.Month, 2024, 1)]
    [InlineData("2024-1", PeriodKind.Month, 2024, 1)]
    [InlineData("2024/11", PeriodKind.Month, 2024, 11)]
    [InlineData("11/2024", PeriodKind.Month, 2024, 11)]
    [InlineData("5/2024", PeriodKind.Month, 2024, 5)]
    [InlineData("11-2024", PeriodKind.Month, 2024, 11)]
    [InlineData("tháng 11/2024", PeriodKind.Month, 2024, 11)]
    [InlineData("Tháng 11 năm 2024", PeriodKind.Month, 2024, 11)]
    [InlineData("thang 11 2024", PeriodKind.Month, 2024, 11)]
    [InlineData("T11/2024", PeriodKind.Month, 2024, 11)]
    [InlineData("2024-12", PeriodKind.Month, 2024, 12)]
    public void Every_period_form_parses(string raw, PeriodKind kind, int year, int number)
    {
        Assert.True(PeriodParser.TryParse(raw, out Period period, out string error), error);
        Assert.Equal(new Period(kind, year, number), period);
        Assert.Equal("", error);
    }

    [Theory]
    [InlineData("quý 3/2024")]
    [InlineData("tháng 11 năm 2024")]
    public void Decomposed_unicode_parses(string composed)
    {
        Assert.True(PeriodParser.TryParse(composed.Normalize(NormalizationForm.FormD), out Period decomposed, out _));
        Assert.True(PeriodParser.TryParse(composed, out Period expected, out _));
        Assert.Equal(expected, decomposed);
    }

    [Theory]
    [InlineData("2024-Q0", "quarter 0 does not exist (quarters are Q1–Q4)")]
    [InlineData("2024-Q5", "quarter 5 does not exist (quarters are Q1–Q4)")]
    [InlineData("Q5/2024", "quarter 5 does not exist (quarters are Q1–Q4)")]
    [InlineData("quý 5/2024", "quarter 5 does not exist (quarters are Q1–Q4)")]
    [InlineData("Quý V/2024", "quarter 5 does not exist (quarters are Q1–Q4)")]
    [InlineData("2024-13", "month 13 does not exist (months are 1–12)")]
    [InlineData("2024-00", "month 0 does not exist (months are 1–12)")]
    [InlineData("13/2024", "month 13 does not exist (months are 1–12)")]
    [InlineData("tháng 0/2024", "month 0 does not exist (months are 1–12)")]
    [InlineData("1989", "year 1989 is outside the supported range 1990–2100")]
    [InlineData("2101", "year 2101 is outside the supported range 1990–2100")]
    [InlineData("1989-Q2", "year 1989 is outside the supported range 1990–2100")]
    [InlineData("0000-11", "year 0 is outside the supported range 1990–2100")]
    [InlineData("", "the period is empty; expected a year (2024), a quarter (2024-Q3) or a month (2024-11)")]
    [InlineData("   ", "the period is empty; expected a year (2024), a quarter (2024-Q3) or a month (2024-11)")]
    [InlineData("abc", "'abc' is not a period; expected a year (2024), a quarter (2024-Q3) or a month (2024-11)")]
    [InlineData("Q3", "'Q3' is not a period; expected a year (2024), a quarter (2024-Q3) or a month (2024-11)")]
    [InlineData("2024-Q", "'2024-Q' is not a period; expected a year (2024), a quarter (2024-Q3) or a month (2024-11)")]
    [InlineData("24", "'24' is not a period; expected a year (2024), a quarter (2024-Q3) or a month (2024-11)")]
    [InlineData("20245", "'20245' is not a period; expected a year (2024), a quarter (2024-Q3) or a month (2024-11)")]
    [InlineData("2024/2025", "'2024/2025' is not a period; expected a year (2024), a quarter (2024-Q3) or a month (2024-11)")]
    [InlineData("15/12/2024", "'15/12/2024' is not a period; expected a year (2024), a quarter (2024-Q3) or a month (2024-11)")]
    [InlineData("2024-Q3-11", "'2024-Q3-11' is not a period; expected a year (2024), a quarter (2024-Q3) or a month (2024-11)")]
    [InlineData("tháng V/2024", "'tháng V/2024' is not a period; expected a year (2024), a quarter (2024-Q3) or a month (2024-11)")]
    [InlineData("6 tháng đầu năm 2024",
        "'6 tháng đầu năm 2024' is not a period; expected a year (2024), a quarter (2024-Q3) or a month (2024-11)")]
    public void Impossible_periods_fail_with_a_reason(string raw, string expectedError)
    {
        Assert.False(PeriodParser.TryParse(raw, out Period period, out string error));
        Assert.Equal(expectedError, error);
        Assert.Equal(default, period);
    }

    [Theory]
    [InlineData(PeriodKind.Year, 2024, 0, "2024", "2024-01-01", "2024-12-31")]
    [InlineData(PeriodKind.Quarter, 2024, 1, "2024-Q1", "2024-01-01", "2024-03-31")]
    [InlineData(PeriodKind.Quarter, 2024, 3, "2024-Q3", "2024-07-01", "2024-09-30")]
    [InlineData(PeriodKind.Quarter, 2024, 4, "2024-Q4", "2024-10-01", "2024-12-31")]
    [InlineData(PeriodKind.Month, 2024, 2, "2024-02", "2024-02-01", "2024-02-29")]
    [InlineData(PeriodKind.Month, 2025, 2, "2025-02", "2025-02-01", "2025-02-28")]
    [InlineData(PeriodKind.Month, 2024, 11, "2024-11", "2024-11-01", "2024-11-30")]
    public void Period_knows_its_code_and_bounds(PeriodKind kind, int year, int number, string code, string start, string end)
    {
        var period = new Period(kind, year, number);
        Assert.Equal(code, period.Code);
        Assert.Equal(code, period.ToString());
        Assert.Equal(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), period.Start);
        Assert.Equal(DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), period.End);
        Assert.True(PeriodParser.TryParse(code, out Period parsed, out _));
        Assert.Equal(period, parsed);
    }

    [Theory]
    [InlineData(PeriodKind.Quarter, 2024, 5)]
    [InlineData(PeriodKind.Quarter, 2024, 0)]
    [InlineData(PeriodKind.Month, 2024, 13)]
    [InlineData(PeriodKind.Year, 2024, 1)]
    [InlineData(PeriodKind.Year, 0, 0)]
    public void Period_cannot_be_built_impossible(PeriodKind kind, int year, int number)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Period(kind, year, number));
    }
}
