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

    [Fact]
    public void Reset_forgets_the_last_submission_and_screens_the_next_at_its_own_size()
    {
        // A reading thread reuses one filter: sized for a large submission, then reset for small ones.
        var filter = new RecordIdFilter(0);
        filter.Reset(100_000);
        for (var i = 0; i < 100_000; i++) filter.Add($"A{i}", 0);
        filter.Reset(2_000);
        var falseAlarms = 0;
        for (var i = 0; i < 100_000; i += 50) if (filter.Add($"A{i}", 0)) falseAlarms++;   // 2,000 keys the last one held
        Assert.True(falseAlarms <= 2, $"{falseAlarms} keys of the previous submission still flagged");
        for (var i = 0; i < 100_000; i += 50) Assert.True(filter.Add($"A{i}", 0));
        filter.Reset(200_000);   // larger than ever: grows
        Assert.False(filter.Add("A0", 0));
        Assert.True(filter.Add("A0", 0));
    }
}
