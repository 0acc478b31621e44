-- Rate-limit windows shared by every replica: one row per client and one-minute window.
-- A client's earlier windows are deleted when it opens a new one, so the table holds about one row per client.
create table rate_limit_window (
    client_id    text   not null,
    window_start bigint not null,
    calls        integer not null,
    primary key (client_id, window_start)
);
