-- The contract list's default sort (latest start first, then id): a page is read from the index, whatever the table's size.
create index contract_by_start on contract (start_date desc, id desc);
