-- What officials say may happen ("North Korea may also seek to provide raw materials") is neither a report that it
-- happened nor an allegation: it gets a status of its own, "possible / under consideration".
alter table transfer
    drop constraint transfer_status_valid,
    add constraint transfer_status_valid check (status in ('reported', 'possible', 'under_negotiation', 'agreed',
        'in_delivery', 'delivered', 'denied', 'disputed'));
