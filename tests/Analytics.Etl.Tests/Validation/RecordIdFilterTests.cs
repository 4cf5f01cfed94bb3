using Analytics.Etl.Validation;

namespace Analytics.Etl.Tests.Validation;

/// <summary>The filter that screens a batch for repeated record ids never misses a repeat.</summary>
public sealed class RecordIdFilterTests
{
    [Fact]
    public void Every_repeat_is_flagged_and_false_alarms_are_rare()
    {
        var filter = new RecordIdFilter();
        var falseAlarms = 0;
        for (var i = 0; i < 200_000; i++) if (filter.Add($"R{i}", 0)) falseAlarms++;
        for (var i = 0; i < 200_000; i += 7) Assert.True(filter.Add($"R{i}", 0));
        Assert.True(falseAlarms <= 2, $"{falseAlarms} false alarms among 200,000 first sightings");
    }

    [Fact]
    public void The_revision_is_part_of_the_key_and_clear_forgets()
    {
        var filter = new RecordIdFilter();
        Assert.False(filter.Add("R1", 0));
        Assert.False(filter.Add("R1", 1));
        Assert.True(filter.Add("R1", 1));
        filter.Clear();
        Assert.False(filter.Add("R1", 1));
    }
}
