using Analytics.Dashboards.Web.Data;
using Analytics.Warehouse.Trends;

namespace Analytics.Dashboards.Briefing;

/// <summary>The facts of the pseudonymised twin of a pack, for viewers without the personal-data
/// right: every person a finding names appears by the pseudonym the dashboard shows such viewers (the
/// warehouse's HMAC key, "P-…"), in the subject column and wherever a message repeats a person's source
/// id. Names never reach a pack. Everything else (units, areas, figures) is the same.</summary>
internal static class PseudonymisedFacts
{
    /// <summary>What a person the warehouse cannot match (no identity row) is shown as.</summary>
    public const string Unknown = "(ẩn danh)";

    /// <summary><paramref name="facts"/> with person ids replaced; <paramref name="people"/> maps the
    /// source person ids findings name to their warehouse keys (<see cref="FindingQueries.People"/>).</summary>
    public static BriefingFacts Of(BriefingFacts facts, IReadOnlyDictionary<string, PersonRef> people)
    {
        // Longest ids first, so that an id that is the beginning of another is not replaced inside it.
        var ids = people.Values.OrderByDescending(p => p.SourceId.Length).ThenBy(p => p.SourceId, StringComparer.Ordinal).ToList();
        string Scrub(string text)
        {
            foreach (var person in ids)
                if (person.SourceId.Length > 0) text = text.Replace(person.SourceId, person.Pseudonym, StringComparison.Ordinal);
            return text;
        }
        var findings = facts.Findings.Select(f =>
        {
            if (f.SubjectKind != "person" || f.SubjectId.Length == 0) return f with { Message = Scrub(f.Message) };
            var pseudonym = people.GetValueOrDefault(f.SubjectId)?.Pseudonym ?? Unknown;
            return f with { SubjectId = pseudonym, Message = Scrub(f.Message.Replace(f.SubjectId, pseudonym, StringComparison.Ordinal)) };
        }).ToList();
        return facts with { Findings = findings };
    }
}
