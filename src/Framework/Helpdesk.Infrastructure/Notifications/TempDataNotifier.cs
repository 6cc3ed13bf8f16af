using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Helpdesk.Infrastructure.Notifications;

public sealed class TempDataNotifier : INotifier
{
    private const string Key = "Helpdesk.Notifications";

    private readonly IHttpContextAccessor _httpContextAccessor;
    private readonly ITempDataDictionaryFactory _tempDataFactory;

    public TempDataNotifier(IHttpContextAccessor httpContextAccessor, ITempDataDictionaryFactory tempDataFactory)
    {
        _httpContextAccessor = httpContextAccessor;
        _tempDataFactory = tempDataFactory;
    }

    public void Add(NotificationKind kind, string message)
    {
        var tempData = TempData();
        var pending = Read(tempData.Peek(Key));
        pending.Add(new Notification(kind, message));
        tempData[Key] = JsonSerializer.Serialize(pending);
    }

    public IReadOnlyList<Notification> TakeAll() => Read(TempData()[Key]);

    private ITempDataDictionary TempData() =>
        _tempDataFactory.GetTempData(_httpContextAccessor.HttpContext
            ?? throw new InvalidOperationException("Notifications need an HTTP request."));

    private static List<Notification> Read(object? stored) =>
        stored is string json ? JsonSerializer.Deserialize<List<Notification>>(json) ?? [] : [];
}
