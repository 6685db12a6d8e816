#pragma once

#include "browsesection.h"

// The municipal service offer by office and topic, each with its live status and waiting
// time, which sync updates in place while a person looks at the list or a service.
class ServicesSection final : public BrowseSection
{
    Q_OBJECT

public:
    explicit ServicesSection(const ViewContext &context, QWidget *parent = nullptr);
};
