namespace Helpdesk.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
