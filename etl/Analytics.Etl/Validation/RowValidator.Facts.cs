using System.Globalization;
using Analytics.Etl.Decoding;
using Analytics.Warehouse.Store;
using static Analytics.Etl.Decoding.Vocabulary;

namespace Analytics.Etl.Validation;

// ratings.csv, summaries.csv and residence.csv.
internal sealed partial class RowValidator
{
    private const string Roles = "organisation, collective, party_member, leader, civil_servant";

    /// <summary>A rating row; for a person subject its key is left for the appending thread to compute
    /// from <paramref name="personId"/> (HMAC is the costliest step of validation, and that thread has
    /// time to spare).</summary>
    public Fault? Rating(out RatingRow row, out string? personId)
    {
        row = default;
        personId = null;
        if (Structure() is { } f) return f;
        if (Required("record_id", out var recordId) is { } f1) return f1;
        if (RequiredPeriod(out var period) is { } f2) return f2;
        if (Vocabulary("subject_kind", TrySubjectKind, StoredVocabulary.SubjectKind, "unit, person", true, out var subjectKind) is { } f3)
            return f3;
        if (Required("subject_id", out var subjectId) is { } f4) return f4;
        if (Required("unit_code", out var unit) is { } f5) return f5;
        if (Vocabulary("role", TryRatingRole, StoredVocabulary.RatingRole, Roles, true, out var role) is { } f6) return f6;
        if (Vocabulary("channel", TryChannel, StoredVocabulary.Channel, "self, proposed, final", true, out var channel) is { } f7)
            return f7;
        if (Level(out var level, out var legacy) is { } f8) return f8;
        decimal? score = null;
        if (Cell("score") is { } s)
        {
            if (!decimal.TryParse(
                s.Replace(',', '.'), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture,
                out var v))
                return new Fault("score", Reasons.BadNumber, $"score '{s}' is not a number");
            if (v < 0 || v > 100) return new Fault("score", Reasons.BadScore, $"score {v} is outside 0–100");
            score = Math.Round(v, 2);
        }
        const string Disciplines = "none, reprimand, warning, removal, dismissal, expulsion";
        if (Vocabulary("discipline", TryDiscipline, StoredVocabulary.Discipline, Disciplines, false, out var discipline) is { } f9)
            return f9;
        if (OptionalDate("decided_on", out var decided) is { } f10) return f10;
        if (OptionalInt("revision", 0, int.MaxValue, out var revision) is { } f11) return f11;
        if (KnownUnit("unit_code", unit) is { } f12) return f12;
        var isUnit = subjectKind == SubjectKind.Unit;
        if (_recordIds.Add(recordId, revision ?? 0)) Suspect = (recordId, revision ?? 0);
        if (isUnit && KnownUnit("subject_id", subjectId) is { } f13) return f13;
        row = new RatingRow(_fileNo, Line, recordId, revision ?? 0, StoredVocabulary.Period(period), subjectKind,
            null, isUnit ? subjectId : null, unit, role, channel, level, legacy, score,
            discipline, Cell("comment"), decided, _row.Extra);
        if (!isUnit) personId = subjectId;
        return null;
    }

    public Fault? Summary(out SummaryRow row)
    {
        row = default;
        if (Structure() is { } f) return f;
        if (RequiredPeriod(out var period) is { } f1) return f1;
        if (Required("unit_code", out var unit) is { } f2) return f2;
        if (Vocabulary("role", TryRatingRole, StoredVocabulary.RatingRole, Roles, true, out var role) is { } f3) return f3;
        if (Level(out var level, out _) is { } f4) return f4;
        if (Required("count", out var raw) is { } f5) return f5;
        if (!int.TryParse(raw, NumberStyles.AllowLeadingSign | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var count))
            return new Fault("count", Reasons.BadNumber, $"count '{raw}' is not a whole number");
        if (count < 0) return new Fault("count", Reasons.NegativeCount, $"count {count} is negative");
        if (KnownUnit("unit_code", unit) is { } f6) return f6;
        row = new SummaryRow(_fileNo, Line, StoredVocabulary.Period(period), unit, role, level, count, _row.Extra);
        return null;
    }

    public Fault? Residence(out ResidenceRow row)
    {
        row = default;
        if (Structure() is { } f) return f;
        if (RequiredPeriod(out var period) is { } f1) return f1;
        if (Required("person_id", out var id) is { } f2) return f2;
        if (Required("residence_unit", out var unit) is { } f3) return f3;
        if (Vocabulary(
            "sentiment", TrySentiment, StoredVocabulary.Sentiment, "positive, negative, none", true, out var sentiment) is { } f4)
            return f4;
        if (KnownUnit("residence_unit", unit) is { } f5) return f5;
        row = new ResidenceRow(_fileNo, Line, StoredVocabulary.Period(period), Person(id), unit, sentiment, Cell("comment"), _row.Extra);
        return null;
    }

    private Fault? Level(out byte? level, out bool legacy)
    {
        level = null;
        legacy = false;
        var text = Cell("level") ?? "";
        var reading = LevelParser.Parse(text);
        switch (reading.Outcome)
        {
            case LevelOutcome.Level:
                level = (byte)reading.Level;
                legacy = reading.Legacy;
                return null;
            case LevelOutcome.NotRated:
                return null;
            case LevelOutcome.Empty:
                return new Fault(
                    "level", Reasons.MissingField, "required field 'level' is empty (write not_rated for a member who is not rated)");
            case LevelOutcome.Range:
                return new Fault(
                    "level", Reasons.UnknownLevel, $"level '{text}' is a range, not a level; give one of HTXSNV, HTTNV, HTNV, KHTNV");
            default:
                return new Fault("level", Reasons.UnknownLevel, reading.Suggestion is { } s
                    ? $"level '{text}' is not a known level; did you mean {s}?"
                    : $"level '{text}' is not a known level (HTXSNV, HTTNV, HTNV, KHTNV or not_rated)");
        }
    }
}
