using System.Text;
using Analytics.Etl.Decoding;

namespace Analytics.Etl.Tests.Decoding;

public class DateParserTests
{
    [Theory]
    [InlineData("2024-12-15", 2024, 12, 15)]
    [InlineData(" 2024-12-15 ", 2024, 12, 15)]
    [InlineData("2024-1-5", 2024, 1, 5)]
    [InlineData("2024/12/15", 2024, 12, 15)]
    [InlineData("2024.12.15", 2024, 12, 15)]
    [InlineData("20241215", 2024, 12, 15)]
    [InlineData("15/12/2024", 2024, 12, 15)]
    [InlineData("5/1/2025", 2025, 1, 5)]
    [InlineData("05/01/2025", 2025, 1, 5)]
    [InlineData("1/5/2025", 2025, 5, 1)]
    [InlineData("15-12-2024", 2024, 12, 15)]
    [InlineData("15.12.2024", 2024, 12, 15)]
    [InlineData("29/02/2024", 2024, 2, 29)]
    [InlineData("03/02/1930", 1930, 2, 3)]
    [InlineData("2024-12-15T00:00:00", 2024, 12, 15)]
    [InlineData("2024-12-15T08:30:15.123Z", 2024, 12, 15)]
    [InlineData("2024-12-15T08:30:00+07:00", 2024, 12, 15)]
    [InlineData("2024-12-15 08:30", 2024, 12, 15)]
    [InlineData("15/12/2024 08:30", 2024, 12, 15)]
    [InlineData("15/12/2024 8:30:00", 2024, 12, 15)]
    [InlineData("15/12/2024 12:00:00 SA", 2024, 12, 15)]
    [InlineData("ngày 15 tháng 12 năm 2024", 2024, 12, 15)]
    [InlineData("Ngày 5 tháng 1 năm 2025", 2025, 1, 5)]
    [InlineData("15 tháng 12 năm 2024", 2024, 12, 15)]
    [InlineData("ngay 15 thang 12 nam 2024", 2024, 12, 15)]
    public void Both_orders_and_a_time_part_parse(string raw, int year, int month, int day)
    {
        Assert.True(DateParser.TryParse(raw, out DateOnly date, out string error), error);
        Assert.Equal(new DateOnly(year, month, day), date);
        Assert.Equal("", error);
    }

    [Fact]
    public void Decomposed_written_out_date_parses()
    {
        string decomposed = "ngày 15 tháng 12 năm 2024".Normalize(NormalizationForm.FormD);
        Assert.True(DateParser.TryParse(decomposed, out DateOnly date, out _));
        Assert.Equal(new DateOnly(2024, 12, 15), date);
    }

    [Theory]
    [InlineData("31/02/2024", "'31/02/2024': day 31 does not exist in February 2024 (it has 29 days)")]
    [InlineData("29/02/2023", "'29/02/2023': day 29 does not exist in February 2023 (it has 28 days)")]
    [InlineData("31/04/2024", "'31/04/2024': day 31 does not exist in April 2024 (it has 30 days)")]
    [InlineData("00/01/2024", "'00/01/2024': day 0 does not exist in January 2024 (it has 31 days)")]
    [InlineData("2024-13-01", "'2024-13-01': month 13 does not exist (months are 1–12)")]
    [InlineData("2024-00-10", "'2024-00-10': month 0 does not exist (months are 1–12)")]
    [InlineData("12/15/2024", "'12/15/2024': month 15 does not exist; dates are read day first (dd/mm/yyyy)")]
    [InlineData("01/32/2024", "'01/32/2024': month 32 does not exist (months are 1–12)")]
    [InlineData("1899-12-31", "'1899-12-31': year 1899 is outside the supported range 1900–2100")]
    [InlineData("01/01/2101", "'01/01/2101': year 2101 is outside the supported range 1900–2100")]
    [InlineData("15/12/24", "'15/12/24' has a two-digit year; write the year in full (dd/mm/yyyy)")]
    [InlineData("", "the date is empty; expected yyyy-mm-dd or dd/mm/yyyy")]
    [InlineData("  ", "the date is empty; expected yyyy-mm-dd or dd/mm/yyyy")]
    [InlineData("hôm qua", "'hôm qua' is not a date; expected yyyy-mm-dd or dd/mm/yyyy")]
    [InlineData("2024-12", "'2024-12' is not a date; expected yyyy-mm-dd or dd/mm/yyyy")]
    [InlineData("2024-12/15", "'2024-12/15' is not a date; expected yyyy-mm-dd or dd/mm/yyyy")]
    [InlineData("2024-12-15abc", "'2024-12-15abc' is not a date; expected yyyy-mm-dd or dd/mm/yyyy")]
    [InlineData("15/12/2024 25:00", "'15/12/2024 25:00' has a time part '25:00' that is not a time; expected yyyy-mm-dd or dd/mm/yyyy")]
    [InlineData("ngày 31 tháng 2 năm 2024", "'ngày 31 tháng 2 năm 2024': day 31 does not exist in February 2024 (it has 29 days)")]
    public void Impossible_dates_fail_with_a_reason(string raw, string expectedError)
    {
        Assert.False(DateParser.TryParse(raw, out DateOnly date, out string error));
        Assert.Equal(expectedError, error);
        Assert.Equal(default, date);
    }
}
