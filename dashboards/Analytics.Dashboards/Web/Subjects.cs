using Analytics.Dashboards.Web.Auth;
using Analytics.Dashboards.Web.Data;

namespace Analytics.Dashboards.Web;

/// <summary>How a finding's subject is shown: a unit by its code; a person by name and source id only
/// to viewers with personal-data rights, to everyone else by the pseudonymous key.</summary>
internal sealed class Subjects
{
    private readonly Viewer _viewer;
    private readonly IReadOnlyDictionary<string, PersonRef> _people;

    private Subjects(Viewer viewer, IReadOnlyDictionary<string, PersonRef> people)
    {
        _viewer = viewer;
        _people = people;
    }

    /// <summary>The persons findings name, read once per batch and check run (the map is the server's; a
    /// viewer sees names only with personal-data rights).</summary>
    public static Subjects For(PageData page) =>
        new(page.Viewer, page.Cache.Get($"people|{page.Version.Batch}|{page.Version.CheckRun}", () => FindingQueries.People(page.Store)));

    public PersonRef? Person(string sourceId) => _people.GetValueOrDefault(sourceId);

    public string Show(string kind, string id)
    {
        if (kind != "person") return id;
        var person = _people.GetValueOrDefault(id);
        if (_viewer.PersonalData) return person?.FullName is { Length: > 0 } name ? $"{name} ({id})" : id;
        return person?.Pseudonym ?? "(ẩn danh)";
    }

    /// <summary>A text (message, evidence) with the person's source id replaced by the pseudonym for
    /// viewers without personal-data rights.</summary>
    public string Scrub(string kind, string id, string text) =>
        kind == "person" && !_viewer.PersonalData && id.Length > 0 ? text.Replace(id, Show(kind, id), StringComparison.Ordinal) : text;
}
