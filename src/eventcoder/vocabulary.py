"""The closed vocabularies of the output contract (shared/spec/event-record.md), spelled exactly."""

from __future__ import annotations

# Event types and their sub-event types, in the order the UI lists them.
SUB_EVENT_TYPES: dict[str, tuple[str, ...]] = {
    "Battles": (
        "Armed clash",
        "Government regains territory",
        "Non-state actor overtakes territory",
    ),
    "Explosions/Remote violence": (
        "Chemical weapon",
        "Air/drone strike",
        "Suicide bomb",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED",
        "Grenade",
    ),
    "Violence against civilians": ("Sexual violence", "Attack", "Abduction/forced disappearance"),
    "Protests": (
        "Peaceful protest",
        "Protest with intervention",
        "Excessive force against protesters",
    ),
    "Riots": ("Violent demonstration", "Mob violence"),
    "Strategic developments": (
        "Agreement",
        "Arrests",
        "Change to group/activity",
        "Disrupted weapons use",
        "Headquarters or base established",
        "Looting/property destruction",
        "Non-violent transfer of territory",
        "Other",
    ),
}
EVENT_TYPES: dict[str, set[str]] = {kind: set(subs) for kind, subs in SUB_EVENT_TYPES.items()}
GTD_ATTACK_TYPES: tuple[str, ...] = (
    "Assassination",
    "Armed Assault",
    "Bombing/Explosion",
    "Hijacking",
    "Hostage Taking (Barricade Incident)",
    "Hostage Taking (Kidnapping)",
    "Facility/Infrastructure Attack",
    "Unarmed Assault",
    "Unknown",
)
GTD_ATTACK = set(GTD_ATTACK_TYPES)
WEAPON_TYPES: tuple[str, ...] = (
    "Firearms",
    "Explosives",
    "Incendiary",
    "Melee",
    "Chemical",
    "Biological",
    "Radiological",
    "Nuclear",
    "Vehicle",
    "Sabotage Equipment",
    "Fake Weapons",
    "Other",
    "Unknown",
)
WEAPONS = set(WEAPON_TYPES)
TARGETS = {
    "Private Citizens & Property",
    "Military",
    "Police",
    "Government (General)",
    "Government (Diplomatic)",
    "Business",
    "Religious Figures/Institutions",
    "Transportation",
    "Educational Institution",
    "Journalists & Media",
    "Utilities",
    "Telecommunication",
    "Airports & Aircraft",
    "Maritime",
    "Food or Water Supply",
    "NGO",
    "Tourists",
    "Terrorists/Non-State Militia",
    "Violent Political Party",
    "Other",
    "Unknown",
}
ATTRIBUTIONS = {"claimed", "suspected", "accused", "confirmed", "denied", "stated"}
ROLES = {"perpetrator", "target", "announcer", "other"}
RELATIONS = {
    "allied_with",
    "part_of",
    "split_from",
    "seeks_support_from",
    "fights",
    "claimed_attack_on",
    "suspected_of_attack_on",
    "accused_of_attack_on",
    "based_in",
    "operates_in",
}
SOURCE_TYPES = {"official", "analyst", "militant", "witness", "media", "other"}
DATE_PRECISIONS: tuple[str, ...] = ("day", "week", "month", "year", "unknown")
DATE_PRECISION = set(DATE_PRECISIONS)
GEO_PRECISIONS: tuple[str, ...] = ("exact", "city", "admin2", "admin1", "country", "unknown")
GEO_PRECISION = set(GEO_PRECISIONS)
# Review statuses of a stored incident (the store and API; not part of the extraction contract).
STATUSES: tuple[str, ...] = ("unreviewed", "verified", "rejected")
