using Marketplace.Abstractions;
using Newtonsoft.Json;

namespace Marketplace.Plugins.Complaints;

/// <summary>Complaints of the caller's region in the host's module storage, as JSON written with Newtonsoft.Json 12.</summary>
public sealed class ComplaintStore(IModuleStorage storage, TimeProvider clock)
{
    public async Task<Complaint> SubmitAsync(string category, string title, string text, string reporter, CancellationToken cancellationToken)
    {
        string code;
        do
        {
            code = TrackingCode.New();
        }
        while (await storage.GetAsync(Key(code), cancellationToken) is not null);

        var complaint = new Complaint(code, category, title, text, reporter, ComplaintStatus.Received, clock.GetUtcNow(), []);
        await SaveAsync(complaint, cancellationToken);
        return complaint;
    }

    public async Task<Complaint?> FindAsync(string code, CancellationToken cancellationToken) =>
        await storage.GetAsync(Key(code), cancellationToken) is { } json ? JsonConvert.DeserializeObject<Complaint>(json, ModuleJson.Settings) : null;

    public async Task<Complaint?> AnswerAsync(string code, string text, string status, string by, CancellationToken cancellationToken)
    {
        var complaint = await FindAsync(code, cancellationToken);
        if (complaint is null)
        {
            return null;
        }

        complaint = complaint.Answered(new Answer(text, by, clock.GetUtcNow()), status);
        await SaveAsync(complaint, cancellationToken);
        return complaint;
    }

    public async Task<IReadOnlyList<Complaint>> OpenAsync(CancellationToken cancellationToken) =>
        [.. (await storage.ListAsync("aduan:", cancellationToken))
            .Select(e => JsonConvert.DeserializeObject<Complaint>(e.Value, ModuleJson.Settings)!)
            .Where(c => c.Status != ComplaintStatus.Done)
            .OrderBy(c => c.SubmittedAt)];

    private Task SaveAsync(Complaint complaint, CancellationToken cancellationToken) =>
        storage.SetAsync(Key(complaint.Code), JsonConvert.SerializeObject(complaint, ModuleJson.Settings), cancellationToken);

    private static string Key(string code) => "aduan:" + code;
}
