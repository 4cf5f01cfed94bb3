using Analytics.Warehouse.Checks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;

namespace Analytics.Dashboards.Web.Endpoints;

/// <summary>POST /findings/{id}/review from the finding page's form: acknowledge, resolve with a note, or
/// reopen. The antiforgery token is validated by the framework before this runs (DashboardSetup); the
/// area scope is part of the UPDATE, so another area's finding is not found (404) and stays untouched.</summary>
internal static class ReviewEndpoint
{
    public const int MaxNote = 2000;

    public static IResult Post(string id, [FromForm] ReviewForm form, PageData data, ILoggerFactory logs)
    {
        var log = logs.CreateLogger("Analytics.Dashboards.Web.Review");
        var status = form.Status ?? "";
        var note = form.Note ?? "";
        if (!FindingReview.Statuses.Contains(status)) return ErrorPages.Page(StatusCodes.Status400BadRequest, "Trạng thái không hợp lệ.");
        if (status == "resolved" && string.IsNullOrWhiteSpace(note))
            return ErrorPages.Page(StatusCodes.Status400BadRequest, "Cần ghi chú cách đã xử lý trước khi đánh dấu “Đã xử lý”.");
        if (note.Length > MaxNote) return ErrorPages.Page(StatusCodes.Status400BadRequest, $"Ghi chú dài quá {MaxNote} ký tự.");
        if (!FindingReview.Review(data.Store, id, status, data.Viewer.Name, note, data.Viewer.Scope))
            return ErrorPages.Page(StatusCodes.Status404NotFound);
        if (log.IsEnabled(LogLevel.Information)) log.LogInformation("Finding {Id} set to {Status} by {User}", id, status, data.Viewer.Name);
        return Results.Redirect($"/findings/{Uri.EscapeDataString(id)}");
    }
}

/// <summary>The review form's fields: the button pressed (status) and the note (each may be missing).</summary>
internal sealed record ReviewForm
{
    public string? Status { get; init; }
    public string? Note { get; init; }
}
