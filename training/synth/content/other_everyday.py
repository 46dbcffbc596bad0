"""Negative examples from everyday life (label ``unknown``): news, recipes, menus, boarding passes, tickets,
certificates, school reports, letters, blog posts, shipping labels, flyers, itineraries and invitations."""

from __future__ import annotations

import random

from training.synth.content.common import TemplateTable, start
from training.synth.context import Ctx
from training.synth.model import SyntheticDocument

LABEL = "unknown"
ENGLISH = ["en_US", "en_US", "en_GB", "en_IN", "en_AU", "en_CA"]

NEWS = {
    "council": [
        "The city council voted {n}-{m} on Tuesday to approve a new bike lane network along {street}.",
        "Supporters said the plan would reduce traffic and improve safety for cyclists.",
        "Opponents, including several local business owners, argued that the loss of parking would hurt sales.",
        "Construction is expected to begin in the spring and take about {n} months.",
        "The project will be funded in part by a state transportation grant.",
        'Council member {name} called the vote "a step toward a more livable city."',
    ],
    "weather": [
        "Heavy rain is expected across the region through the weekend, forecasters said.",
        "The national weather service issued a flood watch for low-lying areas near the river.",
        "Residents were urged to avoid driving through flooded roads.",
        "Temperatures will drop to around {n} degrees by Monday.",
        "Some schools announced early closures on Friday.",
    ],
    "sports": [
        "{name} scored twice in the second half as the home side came from behind to win {n}-{m}.",
        "The victory moves the team to third place in the league table.",
        "Coach {name} praised the team's resilience after a difficult first half.",
        "The next match is an away fixture against last season's champions.",
        "A crowd of more than {n},000 attended the game.",
    ],
    "tech": [
        "{co} unveiled its latest smartphone at an event in {city} on Wednesday.",
        "The device features a larger battery and an improved camera system.",
        "Analysts expect strong demand ahead of the holiday season.",
        "The company's shares rose {n}% following the announcement.",
        "Pre-orders open next week, with shipping expected later this month.",
    ],
    "economy": [
        "Inflation slowed to {n}.{m}% last month, according to figures released on Thursday.",
        "Economists had expected a slightly higher reading.",
        "The central bank is widely expected to hold interest rates steady at its next meeting.",
        "Food and energy prices were the main contributors to the decline.",
        "Consumer confidence has improved for three consecutive months.",
    ],
}


def _news_fill(ctx: Ctx, text: str) -> str:
    return (
        text.replace("{n}", str(ctx.randint(2, 30)))
        .replace("{m}", str(ctx.randint(0, 9)))
        .replace("{street}", ctx.street())
        .replace("{name}", ctx.person())
        .replace("{co}", ctx.company())
        .replace("{city}", ctx.city())
    )


def unknown_news_article(rng: random.Random) -> SyntheticDocument:
    ctx = Ctx(rng, rng.choice(ENGLISH))
    b = start(LABEL, ctx)
    topic = ctx.pick(list(NEWS))
    headline = {
        "council": "Council approves bike lane plan despite business concerns",
        "weather": "Flood watch issued as heavy rain moves in",
        "sports": "Late double secures comeback win",
        "tech": "New phone promises longer battery life",
        "economy": "Inflation eases for third straight month",
    }[topic]
    b.lines(
        [
            ctx.pick(["The Daily Herald", "City Times", "The Morning Post", "Regional News", "The Chronicle"]),
            ctx.date(ctx.day()),
        ]
    )
    b.h(headline, 1)
    b.p(f"By {ctx.person()}", small=True)
    b.paras(_news_fill(ctx, s) for s in NEWS[topic])
    if ctx.chance(0.4):
        b.p(
            "Related: " + ctx.pick(["Read more local news", "Subscribe to our newsletter", "Comments (12)"]), small=True
        )
    return b.build(None, ctx.pick(["page", "columns"]))


RECIPES = [
    (
        "Classic Banana Bread",
        [
            "3 ripe bananas, mashed",
            "1/3 cup melted butter",
            "3/4 cup sugar",
            "1 egg, beaten",
            "1 tsp vanilla extract",
            "1 tsp baking soda",
            "Pinch of salt",
            "1 1/2 cups all-purpose flour",
        ],
        [
            "Preheat the oven to 350°F (175°C) and grease a loaf pan.",
            "Mix the butter into the mashed bananas.",
            "Stir in the sugar, egg and vanilla.",
            "Sprinkle the baking soda and salt over the mixture and mix in.",
            "Add the flour and mix until just combined.",
            "Pour into the pan and bake for 55-65 minutes.",
        ],
    ),
    (
        "Chicken Tikka Masala",
        [
            "500 g chicken thighs",
            "1 cup yogurt",
            "2 tbsp garam masala",
            "1 onion, chopped",
            "3 cloves garlic",
            "1 tin chopped tomatoes",
            "1/2 cup cream",
            "Fresh coriander",
        ],
        [
            "Marinate the chicken in yogurt and spices for at least 1 hour.",
            "Grill the chicken until charred.",
            "Fry the onion and garlic until golden.",
            "Add tomatoes and simmer for 15 minutes.",
            "Stir in cream and chicken; simmer 10 minutes.",
            "Garnish with coriander and serve with rice or naan.",
        ],
    ),
    (
        "Ratatouille",
        [
            "1 aubergine",
            "2 courgettes",
            "1 red pepper",
            "4 tomatoes",
            "1 onion",
            "2 cloves garlic",
            "Olive oil",
            "Herbes de Provence",
        ],
        [
            "Chop all vegetables into even pieces.",
            "Sauté the onion and garlic in olive oil.",
            "Add the pepper, aubergine and courgettes and cook for 10 minutes.",
            "Add tomatoes and herbs, cover and simmer 30 minutes.",
            "Season and serve warm or cold.",
        ],
    ),
    (
        "Pancakes",
        [
            "1 1/2 cups flour",
            "3 1/2 tsp baking powder",
            "1 tbsp sugar",
            "1 1/4 cups milk",
            "1 egg",
            "3 tbsp melted butter",
        ],
        [
            "Whisk the dry ingredients together.",
            "Make a well and pour in the milk, egg and butter.",
            "Mix until smooth.",
            "Cook 1/4 cup portions on a hot griddle until bubbles form, then flip.",
        ],
    ),
]


def unknown_recipe(rng: random.Random) -> SyntheticDocument:
    ctx = Ctx(rng, rng.choice(ENGLISH))
    b = start(LABEL, ctx)
    title, ingredients, steps = ctx.pick(RECIPES)
    b.fields(
        [
            ("Prep time", f"{ctx.randint(5, 30)} min"),
            ("Cook time", f"{ctx.randint(10, 90)} min"),
            ("Serves", str(ctx.randint(2, 8))),
        ],
        columns=3,
    )
    b.h(ctx.pick(["Ingredients", "INGREDIENTS", "You will need"]), 3)
    b.lines([f"• {i}" for i in ingredients])
    b.h(ctx.pick(["Method", "Directions", "Instructions"]), 3)
    for i, s in enumerate(steps, 1):
        b.p(f"{i}. {s}")
    if ctx.chance(0.4):
        b.p(
            "Tip: "
            + ctx.pick(
                [
                    "Freezes well for up to 3 months.",
                    "Add walnuts for extra crunch.",
                    "Use full-fat yogurt for the best texture.",
                ]
            )
        )
    return b.build(title)


def unknown_menu(rng: random.Random) -> SyntheticDocument:
    ctx = Ctx(rng, rng.choice([*ENGLISH, "fr_FR", "de_DE"]))
    b = start(LABEL, ctx)
    b.lines(
        [
            ctx.last_name() + ctx.pick(["'s Bistro", " Trattoria", " Kitchen", " Café", " Brasserie"]),
            ctx.pick(["Lunch Menu", "Dinner Menu", "Menu", "À la carte", "Speisekarte"]),
        ],
        align="center",
        bold=True,
    )
    sections = {
        "Starters": ["Soup of the day", "Bruschetta", "Calamari", "Garden salad", "Chicken wings"],
        "Mains": [
            "Grilled salmon",
            "Ribeye steak",
            "Mushroom risotto",
            "Chicken curry",
            "Vegan burger",
            "Fish & chips",
        ],
        "Desserts": ["Chocolate fondant", "Crème brûlée", "Cheesecake", "Ice cream (3 scoops)"],
        "Drinks": ["Espresso", "Fresh orange juice", "House wine (glass)", "Craft beer", "Sparkling water"],
    }
    for section, items in sections.items():
        b.h(section, 3, "center")
        b.table(
            None,
            [
                [item, ctx.pick(["", "(v)", "(gf)", "Served with seasonal vegetables"]), ctx.num(ctx.amount(3, 38))]
                for item in ctx.some(items, 2, len(items))
            ],
            numeric_from=2,
        )
    b.p(
        ctx.pick(
            [
                "Please inform your server of any allergies.",
                "A discretionary 12.5% service charge will be added to your bill.",
                "All prices include VAT.",
            ]
        ),
        small=True,
        align="center",
    )
    return b.build(None)


def unknown_boarding_pass(rng: random.Random) -> SyntheticDocument:
    ctx = Ctx(rng, rng.choice([*ENGLISH, "fr_FR", "de_DE", "en_MY"]))
    b = start(LABEL, ctx)
    airports = ["JFK", "LHR", "CDG", "FRA", "AMS", "DEL", "BOM", "KUL", "SIN", "SFO", "ORD", "DXB", "SYD", "YYZ", "MAD"]
    origin, dest = ctx.sample(airports, 2)
    b.lines(
        [
            ctx.pick(["BOARDING PASS", "Boarding Pass / Carte d'embarquement", "BORDKARTE", "E-BOARDING PASS"]),
            ctx.pick(["SkyWays", "Air Atlantic", "EuroFly", "IndiGo", "AirAsia", "Lufthansa"]),
        ],
        bold=True,
    )
    b.fields(
        [
            ("Name", f"{ctx.last_name().upper()}/{ctx.first_name().upper()} {ctx.pick(['MR', 'MS', 'MRS'])}"),
            ("From", origin),
            ("To", dest),
            ("Flight", ctx.code("?? ####")),
            ("Date", ctx.date(ctx.day())),
            ("Boarding time", f"{ctx.randint(0, 23):02d}:{ctx.randint(0, 59):02d}"),
            ("Gate", ctx.code("?##")),
            ("Seat", f"{ctx.randint(1, 45)}{ctx.pick('ABCDEF')}"),
            ("Class", ctx.pick(["Economy", "Business", "Y", "J"])),
            ("Seq", ctx.digits(3)),
            ("Booking ref", ctx.code("******")),
            ("ETKT", ctx.digits(13)),
        ],
        sep=" ",
        columns=3,
    )
    b.p(
        ctx.pick(
            [
                "Gate closes 20 minutes before departure.",
                "Please have your passport ready at the gate.",
                "Priority boarding: Group 1",
            ]
        ),
        small=True,
    )
    return b.build(None, "card")


def unknown_event_ticket(rng: random.Random) -> SyntheticDocument:
    ctx = Ctx(rng, rng.choice(ENGLISH))
    b = start(LABEL, ctx)
    event = ctx.pick(
        [
            "The Lumineers Live in Concert",
            "City FC vs United",
            "Hamilton: The Musical",
            "Tech Summit 2024",
            "Jazz in the Park",
            "Comedy Night with " + ctx.person(),
        ]
    )
    b.lines(
        [
            event,
            ctx.pick(
                [
                    "Madison Arena",
                    "Royal Albert Hall",
                    "Civic Center",
                    "Stadium North Stand",
                    "Convention Centre Hall 3",
                ]
            ),
            f"{ctx.date(ctx.day())} Doors {ctx.randint(17, 20)}:00",
        ],
        bold=True,
    )
    b.fields(
        [
            ("Section", ctx.code("###")),
            ("Row", ctx.code("?")),
            ("Seat", str(ctx.randint(1, 40))),
            ("Admit", "ONE"),
            ("Ticket ID", ctx.code("****-****-****")),
        ],
        columns=3,
    )
    b.p(
        "This ticket is valid for one entry only. No re-entry. Bags subject to search. Do not share the barcode.",
        small=True,
    )
    return b.build(ctx.pick(["ADMIT ONE", "E-TICKET", "Mobile Ticket", None]), "card")


def unknown_certificate(rng: random.Random) -> SyntheticDocument:
    ctx = Ctx(rng, rng.choice(ENGLISH))
    b = start(LABEL, ctx)
    b.lines(
        [
            ctx.pick(
                [
                    "CERTIFICATE OF COMPLETION",
                    "Certificate of Achievement",
                    "CERTIFICATE OF APPRECIATION",
                    "Certificate of Participation",
                    "Diploma",
                ]
            )
        ],
        align="center",
        bold=True,
    )
    b.p(ctx.pick(["This is to certify that", "This certificate is proudly presented to", "Awarded to"]), align="center")
    b.lines([ctx.person()], align="center", bold=True)
    b.p(
        ctx.pick(
            [
                'has successfully completed the course "'
                + ctx.pick(["Introduction to Data Science", "First Aid at Work", "Advanced Excel", "Food Hygiene"])
                + '"',
                f"in recognition of outstanding contribution to {ctx.company()}",
                "for participating in the annual science fair",
                f"for completing {ctx.randint(10, 120)} hours of community service",
            ]
        ),
        align="center",
    )
    b.lines(
        [
            f"Date: {ctx.date(ctx.day())}",
            "______________  ______________",
            f"{ctx.person()}, Director    {ctx.person()}, Instructor",
            f"Certificate No. {ctx.code('CERT-######')}",
        ],
        align="center",
    )
    return b.build(None)


def unknown_report_card(rng: random.Random) -> SyntheticDocument:
    ctx = Ctx(rng, rng.choice(ENGLISH))
    b = start(LABEL, ctx)
    b.lines(
        [
            f"{ctx.city()} {ctx.pick(['Elementary School', 'High School', 'Public School', 'Academy'])}",
            ctx.pick(["Student Report Card", "Progress Report", "End of Term Report"]),
            f"Academic Year {ctx.randint(2018, 2024)}-{ctx.randint(19, 25)}",
        ],
        bold=True,
    )
    b.fields(
        [
            ("Student", ctx.person()),
            ("Grade", str(ctx.randint(1, 12))),
            ("Teacher", ctx.person()),
            ("Days absent", str(ctx.randint(0, 12))),
        ],
        columns=2,
    )
    subjects = [
        "English",
        "Mathematics",
        "Science",
        "Social Studies",
        "Art",
        "Music",
        "Physical Education",
        "Computer Science",
        "French",
        "Hindi",
        "History",
        "Geography",
    ]
    b.table(
        ["Subject", "Term 1", "Term 2", "Final", "Comments"],
        [
            [
                s,
                ctx.pick(["A", "A-", "B+", "B", "C", "85", "92"]),
                ctx.pick(["A", "B+", "B", "78", "90"]),
                ctx.pick(["A", "B", "88"]),
                ctx.pick(["Excellent effort", "Needs to participate more", "Great progress", ""]),
            ]
            for s in ctx.some(subjects, 5, 9)
        ],
    )
    b.p(
        "Teacher's comments: "
        + ctx.pick(
            [
                "A pleasure to have in class.",
                "Works well with peers; should read more at home.",
                "Shows strong problem-solving skills.",
            ]
        )
    )
    b.lines(["Parent/Guardian signature: ______________"])
    return b.build(None)


def unknown_personal_letter(rng: random.Random) -> SyntheticDocument:
    ctx = Ctx(rng, rng.choice([*ENGLISH, "fr_FR", "de_DE"]))
    b = start(LABEL, ctx)
    b.lines([ctx.address(), ctx.date(ctx.day())], align="right")
    if ctx.lang == "fr":
        b.p(f"Cher {ctx.first_name()},")
        b.paras(
            [
                "J'espère que tu vas bien et que toute la famille se porte à merveille.",
                "Nous avons passé de belles vacances à la montagne cet été ; les enfants ont adoré les randonnées.",
                "Nous serions ravis de vous recevoir à la maison pour les fêtes de fin d'année.",
                "Je t'embrasse bien fort,",
            ]
        )
    elif ctx.lang == "de":
        b.p(f"Liebe {ctx.first_name()},")
        b.paras(
            [
                "vielen Dank für deinen lieben Brief! Bei uns ist alles in Ordnung.",
                "Im Sommer waren wir an der Ostsee, das Wetter war wunderbar.",
                "Wir würden uns freuen, euch bald wieder zu sehen.",
                "Herzliche Grüße,",
            ]
        )
    else:
        b.p(ctx.pick([f"Dear {ctx.first_name()},", f"Hi {ctx.first_name()},", "Dear Neighbours,"]))
        b.paras(
            ctx.some(
                [
                    "I hope this letter finds you well.",
                    "It has been far too long since we last caught up.",
                    "We finally finished renovating the kitchen, and it looks wonderful.",
                    "The garden is in full bloom and the tomatoes are nearly ready.",
                    "Please let us know when you might be able to visit.",
                    "I wanted to thank you again for the lovely gift.",
                    "We are organising a small street party next month and would love for you to join.",
                ],
                3,
                5,
            )
        )
        b.p(ctx.pick(["With love,", "Warm wishes,", "All the best,", "Cheers,"]))
    b.p(ctx.first_name())
    return b.build(None, "letter")


def unknown_blog_post(rng: random.Random) -> SyntheticDocument:
    ctx = Ctx(rng, rng.choice(ENGLISH))
    b = start(LABEL, ctx)
    title = ctx.pick(
        [
            "10 Tips for Working From Home",
            "My Week in Lisbon",
            "How I Finally Started Running",
            "Beginner's Guide to Sourdough",
            "Why I Switched to a Standing Desk",
            "Budget Travel in Southeast Asia",
        ]
    )
    b.p(f"Posted by {ctx.person()} on {ctx.date(ctx.day())} · {ctx.randint(3, 12)} min read", small=True)
    b.paras(
        ctx.some(
            [
                "Let me start by saying I never thought I'd write this post.",
                "If you've been following along, you know I've been experimenting with this for months.",
                "The first few days were honestly a struggle.",
                "Here's what worked for me, and what didn't.",
                "Tip #1: start small and be consistent.",
                "Tip #2: don't compare yourself to others online.",
                "By the end of the week, I felt completely different.",
                "Let me know in the comments what you think!",
                "Don't forget to subscribe for more posts like this.",
            ],
            4,
            7,
        )
    )
    b.p(
        f"Tags: {', '.join(ctx.some(['lifestyle', 'travel', 'productivity', 'food', 'fitness', 'personal'], 2, 3))}  "
        f"·  {ctx.randint(0, 90)} comments",
        small=True,
    )
    return b.build(title)


def unknown_shipping_label(rng: random.Random) -> SyntheticDocument:
    ctx = Ctx(rng, rng.choice([*ENGLISH, "de_DE", "fr_FR", "nl_NL"]))
    b = start(LABEL, ctx)
    carrier = ctx.pick(
        [
            "UPS",
            "FedEx",
            "DHL Express",
            "USPS PRIORITY MAIL",
            "Royal Mail Tracked 24",
            "PostNL",
            "Colissimo",
            "DPD",
            "Blue Dart",
        ]
    )
    b.lines([carrier, ctx.pick(["GROUND", "EXPRESS", "2ND DAY AIR", "PRIORITY", "STANDARD"])], bold=True)
    b.lines(["SHIP FROM:", ctx.company(), ctx.address()])
    b.lines(["SHIP TO:", ctx.person().upper(), *[x.upper() for x in ctx.address_lines()]], bold=True)
    b.fields(
        [
            (
                "TRACKING #",
                ctx.code("1Z ### ### ## #### ####") if carrier == "UPS" else ctx.digits(ctx.pick([12, 20, 22])),
            ),
            ("WEIGHT", f"{ctx.amount(0.2, 30):.1f} {ctx.pick(['LBS', 'KG'])}"),
            ("DIMS", f"{ctx.randint(5, 60)}x{ctx.randint(5, 40)}x{ctx.randint(2, 30)}"),
            ("REF", ctx.code("ORD-########")),
            ("SHIP DATE", ctx.date(ctx.day())),
        ],
        columns=2,
    )
    b.lines(
        [ctx.code("(###)#####-####"), ctx.pick(["BILLING: P/P", "DELIVERY CONFIRMATION", "SIGNATURE REQUIRED", ""])],
        mono=True,
    )
    return b.build(None, "card")


def unknown_flyer(rng: random.Random) -> SyntheticDocument:
    ctx = Ctx(rng, rng.choice(ENGLISH))
    b = start(LABEL, ctx)
    b.h(
        ctx.pick(
            [
                "GRAND OPENING!",
                "SUMMER SALE",
                "YOGA IN THE PARK",
                "FREE WORKSHOP",
                "LOST CAT",
                "Now Enrolling!",
                "Farmers Market Every Saturday",
            ]
        ),
        1,
        "center",
    )
    b.p(
        ctx.pick(
            [
                f"Up to {ctx.randint(20, 70)}% off everything in store!",
                "All levels welcome. Bring your own mat.",
                "Learn to code in just 8 weeks.",
                "Fresh local produce, baked goods and live music.",
                "Answers to 'Milo'. Grey tabby, very friendly.",
            ]
        ),
        align="center",
    )
    b.lines(
        [
            f"When: {ctx.date(ctx.day())}, {ctx.randint(8, 11)} am \u2013 {ctx.randint(1, 6)} pm",
            f"Where: {ctx.address()}",
            f"Call {ctx.phone()} or visit www.{ctx.domain(ctx.company())}",
        ],
        align="center",
    )
    b.p(
        ctx.pick(
            [
                "Limited spaces \u2013 book now!",
                "Follow us on Instagram @" + ctx.last_name().lower(),
                "Reward offered!",
                "Kids go free.",
            ]
        ),
        align="center",
    )
    return b.build(None)


def unknown_itinerary(rng: random.Random) -> SyntheticDocument:
    ctx = Ctx(rng, rng.choice(ENGLISH))
    b = start(LABEL, ctx)
    b.lines(
        [
            ctx.pick(["Your Travel Itinerary", "Trip Itinerary", "Booking Confirmation \u2013 Itinerary"]),
            f"Traveller: {ctx.person()}",
            f"Booking reference: {ctx.code('******')}",
        ],
        bold=True,
    )
    day = ctx.day()
    rows = []
    for _i in range(ctx.randint(3, 7)):
        day = ctx.later(day, 0, 2)
        rows.append(
            [
                ctx.date(day),
                ctx.pick(["Flight", "Hotel check-in", "Train", "Tour", "Car rental pick-up", "Hotel check-out"]),
                ctx.pick(
                    [
                        "LHR → JFK 10:25",
                        "Hotel Central, 2 nights",
                        "Paris → Lyon TGV 08:04",
                        "City walking tour 14:00",
                        "Airport desk",
                        "Depart 11:00",
                    ]
                ),
            ]
        )
    b.table(["Date", "Type", "Details"], rows)
    b.p(
        "Please check in online 24 hours before departure. Passport must be valid for six months beyond your travel "
        "dates.",
        small=True,
    )
    return b.build(None)


def unknown_invitation(rng: random.Random) -> SyntheticDocument:
    ctx = Ctx(rng, rng.choice(ENGLISH))
    b = start(LABEL, ctx)
    a, c = ctx.first_name(), ctx.first_name()
    b.p(
        ctx.pick(["Together with their families", "You are cordially invited to", "Please join us for"]), align="center"
    )
    b.lines(
        [
            ctx.pick(
                [
                    f"{a} & {c}",
                    f"{a}'s 40th Birthday",
                    "Our Annual Holiday Party",
                    f"the Baby Shower of {a}",
                    "A Retirement Celebration",
                ]
            )
        ],
        align="center",
        bold=True,
    )
    b.p(
        ctx.pick(
            [
                "request the pleasure of your company at their wedding",
                "Dinner, drinks and dancing to follow",
                "Let's celebrate!",
            ]
        ),
        align="center",
    )
    b.lines(
        [
            ctx.date(ctx.day(), 1),
            f"at {ctx.randint(1, 8)} o'clock in the {ctx.pick(['afternoon', 'evening'])}",
            ctx.pick(["The Old Barn", "Grand Hotel Ballroom", "St. Mary's Church", "Our place"]),
            ctx.address(),
        ],
        align="center",
    )
    b.p(f"RSVP by {ctx.date(ctx.day())} to {ctx.phone()}", align="center", small=True)
    return b.build(None)


TEMPLATES: TemplateTable = {
    LABEL: [
        unknown_news_article,
        unknown_recipe,
        unknown_menu,
        unknown_boarding_pass,
        unknown_event_ticket,
        unknown_certificate,
        unknown_report_card,
        unknown_personal_letter,
        unknown_blog_post,
        unknown_shipping_label,
        unknown_flyer,
        unknown_itinerary,
        unknown_invitation,
    ]
}
