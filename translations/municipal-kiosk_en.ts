<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AttractScreen</name>
    <message>
        <source>Touch the screen to start</source>
        <translation>Touch the screen to start</translation>
    </message>
    <message>
        <source>News</source>
        <translation>News</translation>
    </message>
    <message>
        <source>Service notice</source>
        <translation>Service notice</translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation>Coming up</translation>
    </message>
    <message>
        <source>Open call</source>
        <translation>Open call</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Apply from %1</source>
        <translation>Apply from %1</translation>
    </message>
    <message>
        <source>Apply from %1 until %2</source>
        <translation>Apply from %1 until %2</translation>
    </message>
    <message>
        <source>Apply until %1</source>
        <translation>Apply until %1</translation>
    </message>
    <message>
        <source>News, services, activities and procedures of your municipality.</source>
        <translation>News, services, activities and procedures of your municipality.</translation>
    </message>
    <message>
        <source>until</source>
        <translation>until</translation>
    </message>
    <message>
        <source>today</source>
        <translation>today</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>tomorrow</translation>
    </message>
</context>
<context>
    <name>BrowseSection</name>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Nothing to show here yet.
The kiosk is getting the latest information from the municipality.</source>
        <translation>Nothing to show here yet.
The kiosk is getting the latest information from the municipality.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>News</source>
        <translation>News</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
</context>
<context>
    <name>ClerkDesk</name>
    <message>
        <source>Printed with the receipt number; the reference number will come once the complaint is sent.</source>
        <translation>Printed with the receipt number; the reference number will come once the complaint is sent.</translation>
    </message>
    <message>
        <source>Printed.</source>
        <translation>Printed.</translation>
    </message>
    <message>
        <source>Clerk: %1</source>
        <translation>Clerk: %1</translation>
    </message>
    <message>
        <source>New complaint for a resident</source>
        <translation>New complaint for a resident</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Outbox</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Log out</translation>
    </message>
    <message>
        <source>Print receipt</source>
        <translation>Print receipt</translation>
    </message>
    <message>
        <source>Correcting %1, which the server refused. Sending it makes a new item; the refused one is put aside.</source>
        <translation>Correcting %1, which the server refused. Sending it makes a new item; the refused one is put aside.</translation>
    </message>
</context>
<context>
    <name>ClerkLogin</name>
    <message>
        <source>Checking...</source>
        <translation>Checking...</translation>
    </message>
    <message>
        <source>Clerks cannot log in on this computer: the clerks&apos; file could not be opened. Please tell IT staff.</source>
        <translation>Clerks cannot log in on this computer: the clerks&apos; file could not be opened. Please tell IT staff.</translation>
    </message>
    <message>
        <source>Please type your account name and your password.</source>
        <translation>Please type your account name and your password.</translation>
    </message>
    <message>
        <source>The account name or the password is not right. After %1 wrong passwords in a row the account locks for %2 minutes.</source>
        <translation>The account name or the password is not right. After %1 wrong passwords in a row the account locks for %2 minutes.</translation>
    </message>
    <message>
        <source>This account is locked for a while after too many wrong passwords. Try again in %1 minutes, or ask IT staff to set a new password.</source>
        <translation>This account is locked for a while after too many wrong passwords. Try again in %1 minutes, or ask IT staff to set a new password.</translation>
    </message>
    <message>
        <source>This account is disabled. Please ask IT staff.</source>
        <translation>This account is disabled. Please ask IT staff.</translation>
    </message>
    <message>
        <source>Logins cannot be checked on this computer right now. Please tell IT staff.</source>
        <translation>Logins cannot be checked on this computer right now. Please tell IT staff.</translation>
    </message>
    <message>
        <source>Clerks&apos; login</source>
        <translation>Clerks&apos; login</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Account name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>for example maria.perez</source>
        <translation>for example maria.perez</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>Back to the kiosk</source>
        <translation>Back to the kiosk</translation>
    </message>
</context>
<context>
    <name>ComplaintForm</name>
    <message>
        <source>Please tell us in a few words what the problem is.</source>
        <translation>Please tell us in a few words what the problem is.</translation>
    </message>
    <message>
        <source>Some answers are missing. They are marked above.</source>
        <translation>Some answers are missing. They are marked above.</translation>
    </message>
    <message>
        <source>Please check this answer.</source>
        <translation>Please check this answer.</translation>
    </message>
    <message>
        <source>Some answers need another look. They are marked above.</source>
        <translation>Some answers need another look. They are marked above.</translation>
    </message>
    <message>
        <source>Please check the description.</source>
        <translation>Please check the description.</translation>
    </message>
    <message>
        <source>Please check the place.</source>
        <translation>Please check the place.</translation>
    </message>
    <message>
        <source>Please check your contact details.</source>
        <translation>Please check your contact details.</translation>
    </message>
    <message>
        <source>Your contact details need another look.</source>
        <translation>Your contact details need another look.</translation>
    </message>
    <message>
        <source>This kind of problem can no longer be reported here. Please choose another one, or ask at the office.</source>
        <translation>This kind of problem can no longer be reported here. Please choose another one, or ask at the office.</translation>
    </message>
    <message>
        <source>Something in this form cannot be sent as it is. Please check your answers, or ask at the office.</source>
        <translation>Something in this form cannot be sent as it is. Please check your answers, or ask at the office.</translation>
    </message>
    <message>
        <source>Complaint: %1</source>
        <translation>Complaint: %1</translation>
    </message>
    <message>
        <source>This kiosk cannot take submissions right now. Please ask at the office.</source>
        <translation>This kiosk cannot take submissions right now. Please ask at the office.</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Description: %1</source>
        <translation>Description: %1</translation>
    </message>
    <message>
        <source>Place: not given</source>
        <translation>Place: not given</translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translation>Place: %1</translation>
    </message>
    <message>
        <source>Contact: none. The complaint is anonymous and you will follow it with your receipt number.</source>
        <translation>Contact: none. The complaint is anonymous and you will follow it with your receipt number.</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>Contact: %1</translation>
    </message>
    <message>
        <source>Step 1 of 4: What is the problem about?</source>
        <translation>Step 1 of 4: What is the problem about?</translation>
    </message>
    <message>
        <source>Step 2 of 4: Tell us what happens and where</source>
        <translation>Step 2 of 4: Tell us what happens and where</translation>
    </message>
    <message>
        <source>Step 3 of 4: Would you like an answer?</source>
        <translation>Step 3 of 4: Would you like an answer?</translation>
    </message>
    <message>
        <source>Step 4 of 4: Check and send</source>
        <translation>Step 4 of 4: Check and send</translation>
    </message>
    <message>
        <source>Touch the kind of problem you want to report.</source>
        <translation>Touch the kind of problem you want to report.</translation>
    </message>
    <message>
        <source>Complaints cannot be made at this kiosk yet. Please ask at the office.</source>
        <translation>Complaints cannot be made at this kiosk yet. Please ask at the office.</translation>
    </message>
    <message>
        <source>Please note: the description and the place may be published on the municipality&apos;s open data (Open311). Do not write names or phone numbers there.</source>
        <translation>Please note: the description and the place may be published on the municipality&apos;s open data (Open311). Do not write names or phone numbers there.</translation>
    </message>
    <message>
        <source>Describe the problem</source>
        <translation>Describe the problem</translation>
    </message>
    <message>
        <source>What happens, since when, how it affects you...</source>
        <translation>What happens, since when, how it affects you...</translation>
    </message>
    <message>
        <source>Where is it? Street, number, between streets, or a landmark</source>
        <translation>Where is it? Street, number, between streets, or a landmark</translation>
    </message>
    <message>
        <source>Or choose it from a list of known places:</source>
        <translation>Or choose it from a list of known places:</translation>
    </message>
    <message>
        <source>Choose a place from the list</source>
        <translation>Choose a place from the list</translation>
    </message>
    <message>
        <source>Touch the place. You can add details to it afterwards.</source>
        <translation>Touch the place. You can add details to it afterwards.</translation>
    </message>
    <message>
        <source>If you would like the municipality to answer you, leave a way to reach you. This is optional: without it, your complaint is anonymous and you follow it with your receipt number. Your details are never published.</source>
        <translation>If you would like the municipality to answer you, leave a way to reach you. This is optional: without it, your complaint is anonymous and you follow it with your receipt number. Your details are never published.</translation>
    </message>
    <message>
        <source>Please check your complaint before sending it.</source>
        <translation>Please check your complaint before sending it.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>Please check the resident&apos;s details.</source>
        <translation>Please check the resident&apos;s details.</translation>
    </message>
    <message>
        <source>The resident&apos;s details need another look.</source>
        <translation>The resident&apos;s details need another look.</translation>
    </message>
    <message>
        <source>On behalf of: %1</source>
        <translation>On behalf of: %1</translation>
    </message>
    <message>
        <source>Step 3 of 4: Who is the resident?</source>
        <translation>Step 3 of 4: Who is the resident?</translation>
    </message>
</context>
<context>
    <name>CountdownOverlay</name>
    <message>
        <source>Are you still there?</source>
        <translation>Are you still there?</translation>
    </message>
    <message>
        <source>For your privacy, when the count reaches zero the screen starts again and anything typed is deleted.</source>
        <translation>For your privacy, when the count reaches zero the screen starts again and anything typed is deleted.</translation>
    </message>
    <message>
        <source>I&apos;m still here</source>
        <translation>I&apos;m still here</translation>
    </message>
</context>
<context>
    <name>EventListModel</name>
    <message>
        <source>%1. %2. %3</source>
        <translation>%1. %2. %3</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · %2–%3</source>
        <translation>%1 · %2–%3</translation>
    </message>
    <message>
        <source>%1 %2 – %3 %4</source>
        <translation>%1 %2 – %3 %4</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1, from %2 to %3</source>
        <translation>%1, from %2 to %3</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>From %1 to %2</translation>
    </message>
    <message>
        <source>Call · from %1</source>
        <translation>Call · from %1</translation>
    </message>
    <message>
        <source>Call · apply from %1 until %2</source>
        <translation>Call · apply from %1 until %2</translation>
    </message>
    <message>
        <source>Call · apply until %1</source>
        <translation>Call · apply until %1</translation>
    </message>
</context>
<context>
    <name>FormField</name>
    <message>
        <source>Please answer this question.</source>
        <translation>Please answer this question.</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (required)</translation>
    </message>
</context>
<context>
    <name>FormFieldContact</name>
    <message>
        <source>Please check the e-mail address: it looks like name@example.cu.</source>
        <translation>Please check the e-mail address: it looks like name@example.cu.</translation>
    </message>
    <message>
        <source>To leave your details, please tick the box to say the municipality may use them to contact you. Or leave the details empty to stay anonymous.</source>
        <translation>To leave your details, please tick the box to say the municipality may use them to contact you. Or leave the details empty to stay anonymous.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>I agree that the municipality uses these details only to contact me about this.</source>
        <translation>I agree that the municipality uses these details only to contact me about this.</translation>
    </message>
</context>
<context>
    <name>FormFieldDateTime</name>
    <message>
        <source>Please choose the hour too.</source>
        <translation>Please choose the hour too.</translation>
    </message>
    <message>
        <source>Please choose the day too.</source>
        <translation>Please choose the day too.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Yesterday</translation>
    </message>
    <message>
        <source>Another day</source>
        <translation>Another day</translation>
    </message>
    <message>
        <source>One day earlier</source>
        <translation>One day earlier</translation>
    </message>
    <message>
        <source>One day later</source>
        <translation>One day later</translation>
    </message>
    <message>
        <source>At about what time?</source>
        <translation>At about what time?</translation>
    </message>
</context>
<context>
    <name>FormFieldResident</name>
    <message>
        <source>Please say how the resident came to the office.</source>
        <translation>Please say how the resident came to the office.</translation>
    </message>
    <message>
        <source>Please ask the resident whether their details may be recorded with the complaint, and tick the box. Without their consent the complaint cannot be entered on their behalf.</source>
        <translation>Please ask the resident whether their details may be recorded with the complaint, and tick the box. Without their consent the complaint cannot be entered on their behalf.</translation>
    </message>
    <message>
        <source>Some details are missing. They are marked above.</source>
        <translation>Some details are missing. They are marked above.</translation>
    </message>
    <message>
        <source>Resident&apos;s full name</source>
        <translation>Resident&apos;s full name</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Identity card number</source>
        <translation>Identity card number</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>How did the resident reach the office?</source>
        <translation>How did the resident reach the office?</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>In person</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>By phone</translation>
    </message>
    <message>
        <source>The resident agrees that these details are recorded with the complaint and used only to deal with it and answer them.</source>
        <translation>The resident agrees that these details are recorded with the complaint and used only to deal with it and answer them.</translation>
    </message>
</context>
<context>
    <name>FormFieldText</name>
    <message>
        <source>This text is too long. Please shorten it to %1 characters.</source>
        <translation>This text is too long. Please shorten it to %1 characters.</translation>
    </message>
</context>
<context>
    <name>ForumTopicModel</name>
    <message>
        <source>Since %1 · published posts: %2</source>
        <translation>Since %1 · published posts: %2</translation>
    </message>
</context>
<context>
    <name>ForumTopicView</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonymous</translation>
    </message>
    <message>
        <source>Please write your post.</source>
        <translation>Please write your post.</translation>
    </message>
    <message>
        <source>Some answers need another look. They are marked above.</source>
        <translation>Some answers need another look. They are marked above.</translation>
    </message>
    <message>
        <source>Forum post: %1</source>
        <translation>Forum post: %1</translation>
    </message>
    <message>
        <source>This kiosk cannot take submissions right now. Please ask at the office.</source>
        <translation>This kiosk cannot take submissions right now. Please ask at the office.</translation>
    </message>
    <message>
        <source>Please check your post.</source>
        <translation>Please check your post.</translation>
    </message>
    <message>
        <source>Please check the name to show.</source>
        <translation>Please check the name to show.</translation>
    </message>
    <message>
        <source>This topic no longer takes posts. Thank you all the same.</source>
        <translation>This topic no longer takes posts. Thank you all the same.</translation>
    </message>
    <message>
        <source>What neighbours said</source>
        <translation>What neighbours said</translation>
    </message>
    <message>
        <source>No posts have been published on this topic yet. Be the first.</source>
        <translation>No posts have been published on this topic yet. Be the first.</translation>
    </message>
    <message>
        <source>Add your opinion</source>
        <translation>Add your opinion</translation>
    </message>
    <message>
        <source>A moderator reads every post before it is published. Please do not write phone numbers, addresses or other people&apos;s names.</source>
        <translation>A moderator reads every post before it is published. Please do not write phone numbers, addresses or other people&apos;s names.</translation>
    </message>
    <message>
        <source>Your post</source>
        <translation>Your post</translation>
    </message>
    <message>
        <source>Name to show (optional: leave it empty to post as &quot;Anonymous&quot;)</source>
        <translation>Name to show (optional: leave it empty to post as &quot;Anonymous&quot;)</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>All topics</translation>
    </message>
    <message>
        <source>Send for moderation</source>
        <translation>Send for moderation</translation>
    </message>
</context>
<context>
    <name>FreshnessText</name>
    <message>
        <source>Getting the latest information…</source>
        <translation>Getting the latest information…</translation>
    </message>
    <message>
        <source>Offline · no information downloaded yet</source>
        <translation>Offline · no information downloaded yet</translation>
    </message>
    <message>
        <source>Updated just now</source>
        <translation>Updated just now</translation>
    </message>
    <message numerus="yes">
        <source>Updated %n minutes ago</source>
        <translation>
            <numerusform>Updated %n minute ago</numerusform>
            <numerusform>Updated %n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated %n hours ago</source>
        <translation>
            <numerusform>Updated %n hour ago</numerusform>
            <numerusform>Updated %n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated %n days ago</source>
        <translation>
            <numerusform>Updated %n day ago</numerusform>
            <numerusform>Updated %n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline · %1</source>
        <translation>Offline · %1</translation>
    </message>
</context>
<context>
    <name>HomeSection</name>
    <message>
        <source>Today&apos;s highlights</source>
        <translation>Today&apos;s highlights</translation>
    </message>
    <message>
        <source>Services now</source>
        <translation>Services now</translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation>Coming up</translation>
    </message>
    <message>
        <source>Welcome. The kiosk is getting the latest information from the municipality; it will appear here in a moment.</source>
        <translation>Welcome. The kiosk is getting the latest information from the municipality; it will appear here in a moment.</translation>
    </message>
</context>
<context>
    <name>ItemPresenter</name>
    <message numerus="yes">
        <source>about %n minutes</source>
        <translation>
            <numerusform>about %n minute</numerusform>
            <numerusform>about %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Available</translation>
    </message>
    <message>
        <source>Limited service</source>
        <translation>Limited service</translation>
    </message>
    <message>
        <source>Not available now</source>
        <translation>Not available now</translation>
    </message>
    <message>
        <source>Status unknown</source>
        <translation>Status unknown</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environment</translation>
    </message>
    <message>
        <source>Local projects</source>
        <translation>Local projects</translation>
    </message>
    <message>
        <source>Innovation</source>
        <translation>Innovation</translation>
    </message>
    <message>
        <source>Culture</source>
        <translation>Culture</translation>
    </message>
    <message>
        <source>Sports</source>
        <translation>Sports</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>Government</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Education</translation>
    </message>
    <message>
        <source>Mass organisations</source>
        <translation>Mass organisations</translation>
    </message>
    <message>
        <source>Law</source>
        <translation>Law</translation>
    </message>
    <message>
        <source>Decree-law</source>
        <translation>Decree-law</translation>
    </message>
    <message>
        <source>Decree</source>
        <translation>Decree</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Regulation</source>
        <translation>Regulation</translation>
    </message>
    <message>
        <source>Official gazette</source>
        <translation>Official gazette</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · waiting %2</source>
        <translation>%1 · waiting %2</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Waiting time</source>
        <translation>Waiting time</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Fee</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Requirements</translation>
    </message>
    <message>
        <source>Call · %1</source>
        <translation>Call · %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Apply by</source>
        <translation>Apply by</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Organised by</source>
        <translation>Organised by</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <source>Published in</source>
        <translation>Published in</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>KioskApp</name>
    <message>
        <source>Program version: %1</source>
        <translation>Program version: %1</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Last content update: %1</source>
        <translation>Last content update: %1</translation>
    </message>
    <message>
        <source>Last content update: never</source>
        <translation>Last content update: never</translation>
    </message>
    <message>
        <source>Submissions waiting to be sent: %1</source>
        <translation>Submissions waiting to be sent: %1</translation>
    </message>
    <message>
        <source>Submissions cannot be taken: the outbox could not be opened (see the log).</source>
        <translation>Submissions cannot be taken: the outbox could not be opened (see the log).</translation>
    </message>
    <message>
        <source>On-screen keyboard: on</source>
        <translation>On-screen keyboard: on</translation>
    </message>
    <message>
        <source>On-screen keyboard: off</source>
        <translation>On-screen keyboard: off</translation>
    </message>
</context>
<context>
    <name>LegalPresenter</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Published in</source>
        <translation>Published in</translation>
    </message>
</context>
<context>
    <name>LegalSection</name>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>The laws and regulations cannot be shown on this kiosk right now. The staff at the municipal office can help you find them.</source>
        <translation>The laws and regulations cannot be shown on this kiosk right now. The staff at the municipal office can help you find them.</translation>
    </message>
    <message>
        <source>Searching is not available on this kiosk right now. You can still find a document in the list: clear the search box and choose a type or a year.</source>
        <translation>Searching is not available on this kiosk right now. You can still find a document in the list: clear the search box and choose a type or a year.</translation>
    </message>
    <message>
        <source>No document of the type and year chosen contains “%1”. Touch “All” or try another word.</source>
        <translation>No document of the type and year chosen contains “%1”. Touch “All” or try another word.</translation>
    </message>
    <message>
        <source>No law contains “%1”. Try another word or fewer words.</source>
        <translation>No law contains “%1”. Try another word or fewer words.</translation>
    </message>
    <message>
        <source>The laws and regulations are on their way to this kiosk. Please come back in a few minutes.</source>
        <translation>The laws and regulations are on their way to this kiosk. Please come back in a few minutes.</translation>
    </message>
    <message>
        <source>There is no document of this type from that year. Touch “All” to see every document.</source>
        <translation>There is no document of this type from that year. Touch “All” to see every document.</translation>
    </message>
    <message>
        <source>The %1 best passages, best first. Add a word to find fewer.</source>
        <translation>The %1 best passages, best first. Add a word to find fewer.</translation>
    </message>
    <message>
        <source>Found in one passage.</source>
        <translation>Found in one passage.</translation>
    </message>
    <message>
        <source>Found in %1 passages of one document, best first.</source>
        <translation>Found in %1 passages of one document, best first.</translation>
    </message>
    <message>
        <source>Found in %1 passages of %2 documents, best first.</source>
        <translation>Found in %1 passages of %2 documents, best first.</translation>
    </message>
    <message>
        <source>Touch one to read it.</source>
        <translation>Touch one to read it.</translation>
    </message>
    <message>
        <source>The printed gazette (PDF) is still on its way to this kiosk. You can read its full text here; the PDF will be ready in a few minutes.</source>
        <translation>The printed gazette (PDF) is still on its way to this kiosk. You can read its full text here; the PDF will be ready in a few minutes.</translation>
    </message>
    <message>
        <source>The printed gazette (PDF) cannot be shown on this kiosk. You can read its full text here.</source>
        <translation>The printed gazette (PDF) cannot be shown on this kiosk. You can read its full text here.</translation>
    </message>
    <message>
        <source>Search the law: a word, e.g. alumbrado</source>
        <translation>Search the law: a word, e.g. alumbrado</translation>
    </message>
    <message>
        <source>Search the laws</source>
        <translation>Search the laws</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Text size</translation>
    </message>
    <message>
        <source>A−</source>
        <translation>A−</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Smaller text</translation>
    </message>
    <message>
        <source>A+</source>
        <translation>A+</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Larger text</translation>
    </message>
    <message>
        <source>Open the gazette (PDF)</source>
        <translation>Open the gazette (PDF)</translation>
    </message>
    <message>
        <source>Laws and regulations</source>
        <translation>Laws and regulations</translation>
    </message>
    <message>
        <source>Nothing was found for the words you typed. Try another word or fewer words.</source>
        <translation>Nothing was found for the words you typed. Try another word or fewer words.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Municipal kiosk</source>
        <translation>Municipal kiosk</translation>
    </message>
    <message>
        <source>Your municipality</source>
        <translation>Your municipality</translation>
    </message>
    <message>
        <source>Municipality of %1</source>
        <translation>Municipality of %1</translation>
    </message>
    <message>
        <source>News</source>
        <translation>News</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Noticeboard</source>
        <translation>Noticeboard</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Legal</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Take part</source>
        <translation>Take part</translation>
    </message>
    <message>
        <source>My request</source>
        <translation>My request</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>No voice in this language</source>
        <translation>No voice in this language</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Larger text</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Read aloud</translation>
    </message>
</context>
<context>
    <name>MunicipalitySection</name>
    <message>
        <source>This information cannot be shown on this screen right now.</source>
        <translation>This information cannot be shown on this screen right now.</translation>
    </message>
    <message>
        <source>No local projects have been published yet.</source>
        <translation>No local projects have been published yet.</translation>
    </message>
    <message>
        <source>Nothing has been published here yet.</source>
        <translation>Nothing has been published here yet.</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>%p% done</source>
        <translation>%p% done</translation>
    </message>
    <message>
        <source>%1 done</source>
        <translation>%1 done</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Starts</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>Expected to finish</source>
        <translation>Expected to finish</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Offices and contacts</source>
        <translation>Offices and contacts</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projects</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
</context>
<context>
    <name>MyRequestSection</name>
    <message>
        <source>Received: waiting to be looked at</source>
        <translation>Received: waiting to be looked at</translation>
    </message>
    <message>
        <source>In progress: the municipality is working on it</source>
        <translation>In progress: the municipality is working on it</translation>
    </message>
    <message>
        <source>Answered: the municipality has replied</source>
        <translation>Answered: the municipality has replied</translation>
    </message>
    <message>
        <source>Closed: this matter is finished</source>
        <translation>Closed: this matter is finished</translation>
    </message>
    <message>
        <source>Not accepted: the municipality could not take this matter on</source>
        <translation>Not accepted: the municipality could not take this matter on</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Please type the number first.</source>
        <translation>Please type the number first.</translation>
    </message>
    <message>
        <source>You find it on your receipt. It looks like MUN-2026-000123 or R-1A2B-3C4D.</source>
        <translation>You find it on your receipt. It looks like MUN-2026-000123 or R-1A2B-3C4D.</translation>
    </message>
    <message>
        <source>Reference number: %1</source>
        <translation>Reference number: %1</translation>
    </message>
    <message>
        <source>The municipality&apos;s note: %1</source>
        <translation>The municipality&apos;s note: %1</translation>
    </message>
    <message>
        <source>Last updated: %1</source>
        <translation>Last updated: %1</translation>
    </message>
    <message>
        <source>Saved at this kiosk, waiting to be sent</source>
        <translation>Saved at this kiosk, waiting to be sent</translation>
    </message>
    <message>
        <source>Receipt number: %1. It will be sent to the municipality as soon as the network allows; then its reference number will appear here.</source>
        <translation>Receipt number: %1. It will be sent to the municipality as soon as the network allows; then its reference number will appear here.</translation>
    </message>
    <message>
        <source>Sent to the municipality. Reference number: %1. The latest news about it will appear here after the next update.</source>
        <translation>Sent to the municipality. Reference number: %1. The latest news about it will appear here after the next update.</translation>
    </message>
    <message>
        <source>The municipality&apos;s system could not accept it. Please ask at the office, with your receipt number %1.</source>
        <translation>The municipality&apos;s system could not accept it. Please ask at the office, with your receipt number %1.</translation>
    </message>
    <message>
        <source>What the system said: &quot;%1&quot;</source>
        <translation>What the system said: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Not accepted by the municipality&apos;s system</source>
        <translation>Not accepted by the municipality&apos;s system</translation>
    </message>
    <message>
        <source>We could not find this number</source>
        <translation>We could not find this number</translation>
    </message>
    <message>
        <source>Please check it on your receipt. A reference number looks like MUN-2026-000123; a receipt from this kiosk looks like R-1A2B-3C4D. A submission made today may take a little while to appear.</source>
        <translation>Please check it on your receipt. A reference number looks like MUN-2026-000123; a receipt from this kiosk looks like R-1A2B-3C4D. A submission made today may take a little while to appear.</translation>
    </message>
    <message>
        <source>My request</source>
        <translation>My request</translation>
    </message>
    <message>
        <source>Type the number on your receipt to see how your complaint, suggestion or post is going. It looks like MUN-2026-000123 or R-1A2B-3C4D.</source>
        <translation>Type the number on your receipt to see how your complaint, suggestion or post is going. It looks like MUN-2026-000123 or R-1A2B-3C4D.</translation>
    </message>
    <message>
        <source>MUN-2026-000123</source>
        <translation>MUN-2026-000123</translation>
    </message>
    <message>
        <source>Look up</source>
        <translation>Look up</translation>
    </message>
    <message>
        <source>It was withdrawn at the municipal office after the municipality&apos;s system could not accept it.</source>
        <translation>It was withdrawn at the municipal office after the municipality&apos;s system could not accept it.</translation>
    </message>
    <message>
        <source>The office&apos;s note: &quot;%1&quot;</source>
        <translation>The office&apos;s note: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Withdrawn at the office</source>
        <translation>Withdrawn at the office</translation>
    </message>
</context>
<context>
    <name>NewsSection</name>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
</context>
<context>
    <name>NoticeboardSection</name>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Anyone</translation>
    </message>
    <message>
        <source>Organiser: %1</source>
        <translation>Organiser: %1</translation>
    </message>
    <message>
        <source>Choose an organiser</source>
        <translation>Choose an organiser</translation>
    </message>
    <message>
        <source>The noticeboard cannot be shown on this screen right now.</source>
        <translation>The noticeboard cannot be shown on this screen right now.</translation>
    </message>
    <message>
        <source>There are no events or calls coming up at the moment.</source>
        <translation>There are no events or calls coming up at the moment.</translation>
    </message>
    <message>
        <source>Nothing on today. Try this week.</source>
        <translation>Nothing on today. Try this week.</translation>
    </message>
    <message>
        <source>Nothing on this week. Try this month.</source>
        <translation>Nothing on this week. Try this month.</translation>
    </message>
    <message>
        <source>Nothing on this month. Try all upcoming.</source>
        <translation>Nothing on this month. Try all upcoming.</translation>
    </message>
    <message>
        <source>Nothing coming up for this choice. Try another category or organiser.</source>
        <translation>Nothing coming up for this choice. Try another category or organiser.</translation>
    </message>
    <message>
        <source>Call · %1</source>
        <translation>Call · %1</translation>
    </message>
    <message>
        <source>Event · %1</source>
        <translation>Event · %1</translation>
    </message>
    <message>
        <source>Apply by %1</source>
        <translation>Apply by %1</translation>
    </message>
    <message>
        <source>Applications open</source>
        <translation>Applications open</translation>
    </message>
    <message>
        <source>Open since</source>
        <translation>Open since</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Organised by</source>
        <translation>Organised by</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>All organisers</source>
        <translation>All organisers</translation>
    </message>
    <message>
        <source>Everything on the noticeboard</source>
        <translation>Everything on the noticeboard</translation>
    </message>
    <message>
        <source>On the noticeboard: %1</source>
        <translation>On the noticeboard: %1</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>This week</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>All upcoming</source>
        <translation>All upcoming</translation>
    </message>
    <message>
        <source>Who organises it? Choose one to see only theirs.</source>
        <translation>Who organises it? Choose one to see only theirs.</translation>
    </message>
    <message>
        <source>Noticeboard</source>
        <translation>Noticeboard</translation>
    </message>
</context>
<context>
    <name>OutboxPanel</name>
    <message>
        <source>Citizen at the kiosk</source>
        <translation>Citizen at the kiosk</translation>
    </message>
    <message>
        <source>Waiting to be sent: %1. Refused by the server: %2.</source>
        <translation>Waiting to be sent: %1. Refused by the server: %2.</translation>
    </message>
    <message>
        <source>This computer has no outbox: see the log.</source>
        <translation>This computer has no outbox: see the log.</translation>
    </message>
    <message>
        <source>%1 will be sent now, if the network allows.</source>
        <translation>%1 will be sent now, if the network allows.</translation>
    </message>
    <message>
        <source>%1 is no longer waiting.</source>
        <translation>%1 is no longer waiting.</translation>
    </message>
    <message>
        <source>Please write why this item is put aside: the reason stays in the audit log.</source>
        <translation>Please write why this item is put aside: the reason stays in the audit log.</translation>
    </message>
    <message>
        <source>%1 could not be put aside: %2</source>
        <translation>%1 could not be put aside: %2</translation>
    </message>
    <message>
        <source>%1 was put aside.</source>
        <translation>%1 was put aside.</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Waiting to be sent</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>Refused by the server</translation>
    </message>
    <message>
        <source>Put aside</source>
        <translation>Put aside</translation>
    </message>
    <message>
        <source>Last try: %1</source>
        <translation>Last try: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <source>%1. The municipality&apos;s note: %2</source>
        <translation>%1. The municipality&apos;s note: %2</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>just now</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Outbox of this computer</source>
        <translation>Outbox of this computer</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation>Entered by</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Tries</translation>
    </message>
    <message>
        <source>Message or answer</source>
        <translation>Message or answer</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Send now</translation>
    </message>
    <message>
        <source>Correct and send again</source>
        <translation>Correct and send again</translation>
    </message>
    <message>
        <source>Put aside...</source>
        <translation>Put aside...</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>Why?</translation>
    </message>
    <message>
        <source>For example: entered twice by mistake</source>
        <translation>For example: entered twice by mistake</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PageListModel</name>
    <message>
        <source>About the municipality</source>
        <translation>About the municipality</translation>
    </message>
    <message>
        <source>Offices and procedures</source>
        <translation>Offices and procedures</translation>
    </message>
    <message>
        <source>Telephones and addresses</source>
        <translation>Telephones and addresses</translation>
    </message>
</context>
<context>
    <name>ParticipateSection</name>
    <message>
        <source>Report a problem</source>
        <translation>Report a problem</translation>
    </message>
    <message>
        <source>Streetlights, water, rubbish, noise: tell the municipality what is wrong.</source>
        <translation>Streetlights, water, rubbish, noise: tell the municipality what is wrong.</translation>
    </message>
    <message>
        <source>Make a suggestion</source>
        <translation>Make a suggestion</translation>
    </message>
    <message>
        <source>An idea to improve the municipality or its services.</source>
        <translation>An idea to improve the municipality or its services.</translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation>Surveys</translation>
    </message>
    <message>
        <source>Give your opinion, and see the results of past surveys.</source>
        <translation>Give your opinion, and see the results of past surveys.</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>Forum</translation>
    </message>
    <message>
        <source>Read what neighbours say about local topics, and join in.</source>
        <translation>Read what neighbours say about local topics, and join in.</translation>
    </message>
    <message>
        <source>Open now: give your opinion</source>
        <translation>Open now: give your opinion</translation>
    </message>
    <message>
        <source>Results of closed surveys</source>
        <translation>Results of closed surveys</translation>
    </message>
    <message>
        <source>There is no open survey at the moment.</source>
        <translation>There is no open survey at the moment.</translation>
    </message>
    <message>
        <source>No results have been published yet.</source>
        <translation>No results have been published yet.</translation>
    </message>
    <message>
        <source>Topics the municipality opened for discussion. Touch one to read what neighbours said and to add your opinion.</source>
        <translation>Topics the municipality opened for discussion. Touch one to read what neighbours said and to add your opinion.</translation>
    </message>
    <message>
        <source>There are no forum topics at the moment.</source>
        <translation>There are no forum topics at the moment.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Take part</source>
        <translation>Take part</translation>
    </message>
</context>
<context>
    <name>PdfReader</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>◀ Previous page</source>
        <translation>◀ Previous page</translation>
    </message>
    <message>
        <source>Next page ▶</source>
        <translation>Next page ▶</translation>
    </message>
    <message>
        <source>− Smaller</source>
        <translation>− Smaller</translation>
    </message>
    <message>
        <source>+ Larger</source>
        <translation>+ Larger</translation>
    </message>
    <message>
        <source>Fit to width</source>
        <translation>Fit to width</translation>
    </message>
    <message>
        <source>This gazette cannot be shown on this kiosk right now. Its full text is in the reader: touch Back to read it.</source>
        <translation>This gazette cannot be shown on this kiosk right now. Its full text is in the reader: touch Back to read it.</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Staff access</source>
        <translation>Staff access</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Erase</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Digits typed</source>
        <translation>Digits typed</translation>
    </message>
    <message>
        <source>Enter the staff PIN.</source>
        <translation>Enter the staff PIN.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Wrong PIN. One try left.</source>
        <translation>Wrong PIN. One try left.</translation>
    </message>
    <message>
        <source>Wrong PIN. %1 tries left.</source>
        <translation>Wrong PIN. %1 tries left.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again tomorrow at %1.</source>
        <translation>Too many wrong PINs. Try again tomorrow at %1.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again at %1.</source>
        <translation>Too many wrong PINs. Try again at %1.</translation>
    </message>
    <message>
        <source>No staff PIN is set on this kiosk.</source>
        <translation>No staff PIN is set on this kiosk.</translation>
    </message>
    <message>
        <source>Clerks&apos; login</source>
        <translation>Clerks&apos; login</translation>
    </message>
</context>
<context>
    <name>ProjectListModel</name>
    <message>
        <source>%1. %2. %3 done.</source>
        <translation>%1. %2. %3 done.</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Under way</source>
        <translation>Under way</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>ReceiptPrinter</name>
    <message>
        <source>Receipt %1</source>
        <translation>Receipt %1</translation>
    </message>
    <message>
        <source>The receipt could not be saved: the folder for receipts cannot be created. Please tell IT staff.</source>
        <translation>The receipt could not be saved: the folder for receipts cannot be created. Please tell IT staff.</translation>
    </message>
    <message>
        <source>No printer is set up on this computer. Please tell IT staff; meanwhile, write the reference number down for the resident.</source>
        <translation>No printer is set up on this computer. Please tell IT staff; meanwhile, write the reference number down for the resident.</translation>
    </message>
    <message>
        <source>The printer &quot;%1&quot; cannot be found. Please tell IT staff; meanwhile, write the reference number down for the resident.</source>
        <translation>The printer &quot;%1&quot; cannot be found. Please tell IT staff; meanwhile, write the reference number down for the resident.</translation>
    </message>
    <message>
        <source>The printer did not take the receipt. Please check that it is on and has paper, then try again.</source>
        <translation>The printer did not take the receipt. Please check that it is on and has paper, then try again.</translation>
    </message>
    <message>
        <source>Your municipality</source>
        <translation>Your municipality</translation>
    </message>
    <message>
        <source>Municipality of %1</source>
        <translation>Municipality of %1</translation>
    </message>
    <message>
        <source>Receipt for a complaint</source>
        <translation>Receipt for a complaint</translation>
    </message>
    <message>
        <source>Reference number</source>
        <translation>Reference number</translation>
    </message>
    <message>
        <source>Receipt number: %1</source>
        <translation>Receipt number: %1</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>Receipt number</translation>
    </message>
    <message>
        <source>The municipality&apos;s reference number is not known yet: the complaint is saved and will be sent as soon as the network allows. Ask at this office with the receipt number.</source>
        <translation>The municipality&apos;s reference number is not known yet: the complaint is saved and will be sent as soon as the network allows. Ask at this office with the receipt number.</translation>
    </message>
    <message>
        <source>Date: %1, %2</source>
        <translation>Date: %1, %2</translation>
    </message>
    <message>
        <source>Kind of problem: %1</source>
        <translation>Kind of problem: %1</translation>
    </message>
    <message>
        <source>Served by: %1</source>
        <translation>Served by: %1</translation>
    </message>
    <message>
        <source>Follow your complaint: scan the code, or type the reference number in &quot;My request&quot; at any municipal kiosk.
%1</source>
        <translation>Follow your complaint: scan the code, or type the reference number in &quot;My request&quot; at any municipal kiosk.
%1</translation>
    </message>
    <message>
        <source>Follow your complaint: type the reference number in &quot;My request&quot; at any municipal kiosk.</source>
        <translation>Follow your complaint: type the reference number in &quot;My request&quot; at any municipal kiosk.</translation>
    </message>
</context>
<context>
    <name>ReceiptView</name>
    <message>
        <source>Saved. Thank you.</source>
        <translation>Saved. Thank you.</translation>
    </message>
    <message>
        <source>Your receipt number:</source>
        <translation>Your receipt number:</translation>
    </message>
    <message>
        <source>The municipality&apos;s reference number: %1</source>
        <translation>The municipality&apos;s reference number: %1</translation>
    </message>
    <message>
        <source>The municipality&apos;s system could not accept it. Please ask at the office, with your receipt number.</source>
        <translation>The municipality&apos;s system could not accept it. Please ask at the office, with your receipt number.</translation>
    </message>
    <message>
        <source>It has reached the municipality. Follow it in &quot;My request&quot; with this reference number, or scan the code.</source>
        <translation>It has reached the municipality. Follow it in &quot;My request&quot; with this reference number, or scan the code.</translation>
    </message>
    <message>
        <source>It will be sent to the municipality as soon as the network allows. The municipality&apos;s reference number will then appear in &quot;My request&quot;: look it up there with your receipt number.</source>
        <translation>It will be sent to the municipality as soon as the network allows. The municipality&apos;s reference number will then appear in &quot;My request&quot;: look it up there with your receipt number.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>ScreenshotTour</name>
    <message>
        <source>Tour of the kiosk&apos;s views: a suggestion to show the receipt.</source>
        <translation>Tour of the kiosk&apos;s views: a suggestion to show the receipt.</translation>
    </message>
</context>
<context>
    <name>ServicesSection</name>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Office</translation>
    </message>
</context>
<context>
    <name>StaffMenu</name>
    <message>
        <source>Staff menu</source>
        <translation>Staff menu</translation>
    </message>
    <message>
        <source>Check for new content now</source>
        <translation>Check for new content now</translation>
    </message>
    <message>
        <source>Close the kiosk program</source>
        <translation>Close the kiosk program</translation>
    </message>
    <message>
        <source>Back to the kiosk</source>
        <translation>Back to the kiosk</translation>
    </message>
</context>
<context>
    <name>SuggestionForm</name>
    <message>
        <source>Municipal offices and services</source>
        <translation>Municipal offices and services</translation>
    </message>
    <message>
        <source>Streets, lighting and public works</source>
        <translation>Streets, lighting and public works</translation>
    </message>
    <message>
        <source>Environment and green areas</source>
        <translation>Environment and green areas</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Culture, sport and recreation</source>
        <translation>Culture, sport and recreation</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>Shops, markets and food</source>
        <translation>Shops, markets and food</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Something else</translation>
    </message>
    <message>
        <source>Please write your suggestion.</source>
        <translation>Please write your suggestion.</translation>
    </message>
    <message>
        <source>Some answers need another look. They are marked above.</source>
        <translation>Some answers need another look. They are marked above.</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <source>Suggestion: %1</source>
        <translation>Suggestion: %1</translation>
    </message>
    <message>
        <source>This kiosk cannot take submissions right now. Please ask at the office.</source>
        <translation>This kiosk cannot take submissions right now. Please ask at the office.</translation>
    </message>
    <message>
        <source>Please check your suggestion.</source>
        <translation>Please check your suggestion.</translation>
    </message>
    <message>
        <source>Please choose the topic again.</source>
        <translation>Please choose the topic again.</translation>
    </message>
    <message>
        <source>Please check your contact details.</source>
        <translation>Please check your contact details.</translation>
    </message>
    <message>
        <source>Make a suggestion</source>
        <translation>Make a suggestion</translation>
    </message>
    <message>
        <source>An idea to make the municipality work better? Tell us. Please do not write other people&apos;s names or phone numbers.</source>
        <translation>An idea to make the municipality work better? Tell us. Please do not write other people&apos;s names or phone numbers.</translation>
    </message>
    <message>
        <source>Your suggestion</source>
        <translation>Your suggestion</translation>
    </message>
    <message>
        <source>What is it about? (you may leave this out)</source>
        <translation>What is it about? (you may leave this out)</translation>
    </message>
    <message>
        <source>If you would like an answer, leave a way to reach you. This is optional. Your details are never published.</source>
        <translation>If you would like an answer, leave a way to reach you. This is optional. Your details are never published.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
</context>
<context>
    <name>SurveyForm</name>
    <message>
        <source>Some questions still need an answer. They are marked above.</source>
        <translation>Some questions still need an answer. They are marked above.</translation>
    </message>
    <message>
        <source>This survey has closed and no longer takes answers. Thank you all the same.</source>
        <translation>This survey has closed and no longer takes answers. Thank you all the same.</translation>
    </message>
    <message>
        <source>Survey response: %1</source>
        <translation>Survey response: %1</translation>
    </message>
    <message>
        <source>This kiosk cannot take submissions right now. Please ask at the office.</source>
        <translation>This kiosk cannot take submissions right now. Please ask at the office.</translation>
    </message>
    <message>
        <source>Please check this answer.</source>
        <translation>Please check this answer.</translation>
    </message>
    <message>
        <source>Some answers need another look. They are marked above.</source>
        <translation>Some answers need another look. They are marked above.</translation>
    </message>
    <message>
        <source>This survey cannot take answers at the moment. Please ask at the office.</source>
        <translation>This survey cannot take answers at the moment. Please ask at the office.</translation>
    </message>
    <message>
        <source>The survey is anonymous: it does not ask who you are. Questions marked &quot;required&quot; need an answer.</source>
        <translation>The survey is anonymous: it does not ask who you are. Questions marked &quot;required&quot; need an answer.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Send my answers</source>
        <translation>Send my answers</translation>
    </message>
</context>
<context>
    <name>SurveyListModel</name>
    <message>
        <source>Open now</source>
        <translation>Open now</translation>
    </message>
    <message>
        <source>Open until %1</source>
        <translation>Open until %1</translation>
    </message>
    <message>
        <source>Results · answers received: %1</source>
        <translation>Results · answers received: %1</translation>
    </message>
</context>
<context>
    <name>SurveyResultsView</name>
    <message>
        <source>Answers received: %1.</source>
        <translation>Answers received: %1.</translation>
    </message>
    <message>
        <source>Survey closed on %1. Answers received: %2.</source>
        <translation>Survey closed on %1. Answers received: %2.</translation>
    </message>
    <message>
        <source>People who answered in their own words: %1. The municipality reads every answer; they are not shown here.</source>
        <translation>People who answered in their own words: %1. The municipality reads every answer; they are not shown here.</translation>
    </message>
    <message>
        <source>People who answered this question: %1.</source>
        <translation>People who answered this question: %1.</translation>
    </message>
    <message>
        <source>Each person could choose more than one answer.</source>
        <translation>Each person could choose more than one answer.</translation>
    </message>
    <message>
        <source>On average: %1, on a scale from %2 to %3.</source>
        <translation>On average: %1, on a scale from %2 to %3.</translation>
    </message>
    <message>
        <source>Nobody answered this question.</source>
        <translation>Nobody answered this question.</translation>
    </message>
</context>
<context>
    <name>TakeHomePanel</name>
    <message>
        <source>Take it with you: scan the code with your phone&apos;s camera.</source>
        <translation>Take it with you: scan the code with your phone&apos;s camera.</translation>
    </message>
</context>
</TS>
