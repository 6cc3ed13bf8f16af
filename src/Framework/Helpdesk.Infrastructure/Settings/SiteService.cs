using Helpdesk.Data.Documents;

namespace Helpdesk.Infrastructure.Settings;

public sealed class SiteService : ISiteService
{
    private readonly IDocumentStore _documents;
    private readonly SetupState _setupState;

    public SiteService(IDocumentStore documents, SetupState setupState)
    {
        _documents = documents;
        _setupState = setupState;
    }

    public Task<SiteSettings?> FindSettingsAsync(CancellationToken cancellationToken = default) =>
        _documents.FindAsync<SiteSettings>(cancellationToken);

    public async Task<SiteSettings> GetSettingsAsync(CancellationToken cancellationToken = default) =>
        await FindSettingsAsync(cancellationToken)
            ?? throw new InvalidOperationException("The site is not set up yet.");

    public Task SaveSettingsAsync(SiteSettings settings, CancellationToken cancellationToken = default) =>
        _documents.SaveAsync(settings, cancellationToken);

    public async Task<bool> IsSetUpAsync(CancellationToken cancellationToken = default)
    {
        if (_setupState.IsSetUp)
        {
            return true;
        }

        var settings = await FindSettingsAsync(cancellationToken);
        if (settings is not null && settings.SetupCompletedUtc != default)
        {
            _setupState.IsSetUp = true;
        }

        return _setupState.IsSetUp;
    }
}
