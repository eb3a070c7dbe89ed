-- One database per service (DESIGN §4): no service reads another's tables.
CREATE DATABASE rln_events ENCODING 'UTF8' TEMPLATE template0;
CREATE DATABASE rln_participants ENCODING 'UTF8' TEMPLATE template0;
CREATE DATABASE rln_scenario ENCODING 'UTF8' TEMPLATE template0;
