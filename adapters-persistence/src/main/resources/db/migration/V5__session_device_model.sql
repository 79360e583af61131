-- The device model when the client revealed it ("Pixel 8", from Sec-CH-UA-Model or the User-Agent); null otherwise.
alter table sessions add column device_model varchar(64);
alter table security_events add column device_model varchar(64);
